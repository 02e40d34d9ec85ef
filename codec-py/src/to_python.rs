//! A serde serializer that builds Python objects: the decoded values' JSON shape (as
//! `serde_json` would write it and `json.loads` read it back) as dicts, lists, str,
//! int, float, bool and None.
//!
//! `pythonize` does the same, but makes a new `str` for every field name of every
//! struct (on a page of 1,000 parts, 4,000 strings made, hashed and dropped) and a new
//! dict by inserting each field. Here, within one conversion:
//!
//! - each field name is made once and reused, its hash kept by Python;
//! - a struct's first value teaches its shape (its field names, in order): the later
//!   values of that struct start as a copy of a dict holding those names with `None`
//!   (one `memcpy` of its table in CPython) and set only the fields that are not
//!   `None`. A value whose fields differ from the shape (a field skipped when absent)
//!   is made field by field, as the first was.
//!
//! That is what brings `decode` well ahead of `json.loads` plus a loop
//! (benches/python/bench_decode.py).

use std::cell::RefCell;
use std::fmt;
use std::rc::Rc;

use pyo3::IntoPyObjectExt;
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString};
use serde::ser::{self, Serialize};

/// Converts `value` into the Python form of its JSON shape.
pub fn to_python<'py, T: Serialize + ?Sized>(
    py: Python<'py>,
    value: &T,
) -> PyResult<Bound<'py, PyAny>> {
    let names = Names {
        py,
        made: RefCell::new(Vec::new()),
        shapes: RefCell::new(Vec::new()),
        last_str: RefCell::new((String::new(), None)),
        last_int: RefCell::new(None),
        buffer: RefCell::new(String::new()),
    };
    value.serialize(Serializer { names: &names }).map_err(|error| error.0)
}

/// The identity of a `&'static str`: its address and length.
type Id = (usize, usize);

/// The identity of `name`.
fn id(name: &'static str) -> Id {
    (name.as_ptr() as usize, name.len())
}

/// Things known by the identity of a `&'static str`: a handful per value, searched in
/// order.
type ById<T> = Vec<(Id, T)>;

/// What one conversion has learned: the field names (and unit variant names) made so
/// far, and the shape of each struct met, by the identity of their `&'static str`s (a
/// handful of each per value).
struct Names<'py> {
    py: Python<'py>,
    made: RefCell<ById<Bound<'py, PyString>>>,
    shapes: RefCell<ById<Rc<Shape<'py>>>>,
    /// The last string made, to reuse its object for the same text again (the dates of
    /// parts uploaded in the same second, a key's several uploads).
    last_str: RefCell<(String, Option<Bound<'py, PyString>>)>,
    /// The last integer made (past the small ones Python keeps), to reuse it (part sizes).
    last_int: RefCell<Option<(u64, Bound<'py, PyAny>)>>,
    /// Where `collect_str` writes.
    buffer: RefCell<String>,
}

/// A struct's field names in order, and a dict of them all set to `None`.
struct Shape<'py> {
    fields: ById<Bound<'py, PyString>>,
    template: Bound<'py, PyDict>,
}

impl<'py> Names<'py> {
    /// The Python string for `name`, made on first use.
    fn get(&self, name: &'static str) -> Bound<'py, PyString> {
        let key = id(name);
        let mut made = self.made.borrow_mut();
        if let Some((_, string)) = made.iter().find(|(made, _)| *made == key) {
            return string.clone();
        }
        let string = PyString::intern(self.py, name);
        made.push((key, string.clone()));
        string
    }

    /// The shape of the struct `name`, once a value of it has been made.
    fn shape(&self, name: &'static str) -> Option<Rc<Shape<'py>>> {
        let key = id(name);
        self.shapes.borrow().iter().find(|(shape, _)| *shape == key).map(|(_, shape)| shape.clone())
    }

    /// Remembers the shape of the struct `name` from the fields of its first value.
    fn learn(&self, name: &'static str, fields: ById<Bound<'py, PyString>>) -> Result<()> {
        let template = PyDict::new(self.py);
        for (_, field) in &fields {
            template.set_item(field, self.py.None())?;
        }
        self.shapes.borrow_mut().push((id(name), Rc::new(Shape { fields, template })));
        Ok(())
    }
}

/// A conversion error: a Python exception, or serde's message as a `ValueError`.
#[derive(Debug)]
pub struct Error(PyErr);

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.0, f)
    }
}

impl std::error::Error for Error {}

impl ser::Error for Error {
    fn custom<T: fmt::Display>(message: T) -> Self {
        Error(PyValueError::new_err(message.to_string()))
    }
}

impl From<PyErr> for Error {
    fn from(error: PyErr) -> Self {
        Error(error)
    }
}

type Result<T, E = Error> = std::result::Result<T, E>;

/// The serializer: one per value, sharing the conversion's names.
#[derive(Clone, Copy)]
struct Serializer<'a, 'py> {
    names: &'a Names<'py>,
}

impl<'a, 'py> Serializer<'a, 'py> {
    fn py(self) -> Python<'py> {
        self.names.py
    }

    fn any<T: IntoPyObject<'py>>(self, value: T) -> Result<Bound<'py, PyAny>> {
        Ok(value.into_bound_py_any(self.py())?)
    }

    /// `{name: value}`: how serde_json writes a variant with data.
    fn tagged(self, name: &'static str, value: Bound<'py, PyAny>) -> Result<Bound<'py, PyAny>> {
        let dict = PyDict::new(self.py());
        dict.set_item(self.names.get(name), value)?;
        Ok(dict.into_any())
    }
}

/// A list being built, and, for a tuple variant, the variant it goes in.
struct Seq<'a, 'py> {
    serializer: Serializer<'a, 'py>,
    items: Vec<Bound<'py, PyAny>>,
    variant: Option<&'static str>,
}

/// A dict being built, its pending key, how a struct's fields go in, and, for a struct
/// variant, the variant it goes in.
struct Map<'a, 'py> {
    serializer: Serializer<'a, 'py>,
    dict: Bound<'py, PyDict>,
    key: Option<Bound<'py, PyAny>>,
    fields: Fields<'py>,
    variant: Option<&'static str>,
}

/// How a struct's fields go into its dict.
enum Fields<'py> {
    /// A map, or a struct value whose fields left its shape: field by field.
    Plain,
    /// The first value of a struct: field by field, noting the names for its shape.
    Learning(&'static str, ById<Bound<'py, PyString>>),
    /// A copy of the struct's template; `at` fields of its shape seen so far.
    Shaped(Rc<Shape<'py>>, usize),
}

impl<'a, 'py> ser::Serializer for Serializer<'a, 'py> {
    type Ok = Bound<'py, PyAny>;
    type Error = Error;
    type SerializeSeq = Seq<'a, 'py>;
    type SerializeTuple = Seq<'a, 'py>;
    type SerializeTupleStruct = Seq<'a, 'py>;
    type SerializeTupleVariant = Seq<'a, 'py>;
    type SerializeMap = Map<'a, 'py>;
    type SerializeStruct = Map<'a, 'py>;
    type SerializeStructVariant = Map<'a, 'py>;

    fn serialize_bool(self, v: bool) -> Result<Self::Ok> {
        self.any(v)
    }
    fn serialize_i8(self, v: i8) -> Result<Self::Ok> {
        self.any(v)
    }
    fn serialize_i16(self, v: i16) -> Result<Self::Ok> {
        self.any(v)
    }
    fn serialize_i32(self, v: i32) -> Result<Self::Ok> {
        self.any(v)
    }
    fn serialize_i64(self, v: i64) -> Result<Self::Ok> {
        self.any(v)
    }
    fn serialize_i128(self, v: i128) -> Result<Self::Ok> {
        self.any(v)
    }
    fn serialize_u8(self, v: u8) -> Result<Self::Ok> {
        self.any(v)
    }
    fn serialize_u16(self, v: u16) -> Result<Self::Ok> {
        self.any(v)
    }
    fn serialize_u32(self, v: u32) -> Result<Self::Ok> {
        self.serialize_u64(u64::from(v))
    }
    fn serialize_u64(self, v: u64) -> Result<Self::Ok> {
        if v <= 256 {
            return self.any(v);
        }
        let mut last = self.names.last_int.borrow_mut();
        if let Some((number, object)) = &*last
            && *number == v
        {
            return Ok(object.clone());
        }
        let object = self.any(v)?;
        *last = Some((v, object.clone()));
        Ok(object)
    }
    fn serialize_u128(self, v: u128) -> Result<Self::Ok> {
        self.any(v)
    }
    fn serialize_f32(self, v: f32) -> Result<Self::Ok> {
        self.serialize_f64(f64::from(v))
    }
    fn serialize_f64(self, v: f64) -> Result<Self::Ok> {
        // serde_json writes a NaN or an infinity as null.
        if v.is_finite() { self.any(v) } else { self.serialize_unit() }
    }
    fn serialize_char(self, v: char) -> Result<Self::Ok> {
        self.serialize_str(v.encode_utf8(&mut [0; 4]))
    }
    fn serialize_str(self, v: &str) -> Result<Self::Ok> {
        let mut last = self.names.last_str.borrow_mut();
        let (text, object) = &mut *last;
        if let Some(object) = object
            && text == v
        {
            return Ok(object.clone().into_any());
        }
        let made = PyString::new(self.py(), v);
        text.clear();
        text.push_str(v);
        *object = Some(made.clone());
        Ok(made.into_any())
    }
    fn collect_str<T: fmt::Display + ?Sized>(self, value: &T) -> Result<Self::Ok> {
        // Dates: written into one buffer kept for the conversion, not a new String each.
        let mut buffer = self.names.buffer.take();
        buffer.clear();
        fmt::Write::write_fmt(&mut buffer, format_args!("{value}"))
            .map_err(|_| <Error as ser::Error>::custom("a value's Display failed"))?;
        let made = self.serialize_str(&buffer);
        self.names.buffer.replace(buffer);
        made
    }
    fn serialize_bytes(self, v: &[u8]) -> Result<Self::Ok> {
        // serde_json writes bytes as an array of numbers.
        Ok(PyList::new(self.py(), v)?.into_any())
    }
    fn serialize_none(self) -> Result<Self::Ok> {
        self.serialize_unit()
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<Self::Ok> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<Self::Ok> {
        Ok(self.py().None().into_bound(self.py()))
    }
    fn serialize_unit_struct(self, _name: &'static str) -> Result<Self::Ok> {
        self.serialize_unit()
    }
    fn serialize_unit_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
    ) -> Result<Self::Ok> {
        Ok(self.names.get(variant).into_any())
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        value: &T,
    ) -> Result<Self::Ok> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<Self::Ok> {
        let value = value.serialize(self)?;
        self.tagged(variant, value)
    }
    fn serialize_seq(self, len: Option<usize>) -> Result<Self::SerializeSeq> {
        Ok(Seq { serializer: self, items: Vec::with_capacity(len.unwrap_or(0)), variant: None })
    }
    fn serialize_tuple(self, len: usize) -> Result<Self::SerializeTuple> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_struct(
        self,
        _name: &'static str,
        len: usize,
    ) -> Result<Self::SerializeTupleStruct> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<Self::SerializeTupleVariant> {
        Ok(Seq { serializer: self, items: Vec::with_capacity(len), variant: Some(variant) })
    }
    fn serialize_map(self, _len: Option<usize>) -> Result<Self::SerializeMap> {
        Ok(Map {
            serializer: self,
            dict: PyDict::new(self.py()),
            key: None,
            fields: Fields::Plain,
            variant: None,
        })
    }
    fn serialize_struct(self, name: &'static str, len: usize) -> Result<Self::SerializeStruct> {
        let (dict, fields) = match self.names.shape(name) {
            Some(shape) => (shape.template.copy()?, Fields::Shaped(shape, 0)),
            None => (PyDict::new(self.py()), Fields::Learning(name, Vec::with_capacity(len))),
        };
        Ok(Map { serializer: self, dict, key: None, fields, variant: None })
    }
    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeStructVariant> {
        Ok(Map {
            serializer: self,
            dict: PyDict::new(self.py()),
            key: None,
            fields: Fields::Plain,
            variant: Some(variant),
        })
    }
}

impl<'py> Seq<'_, 'py> {
    fn push<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<()> {
        self.items.push(value.serialize(self.serializer)?);
        Ok(())
    }

    fn finish(self) -> Result<Bound<'py, PyAny>> {
        let list = PyList::new(self.serializer.py(), self.items)?.into_any();
        match self.variant {
            Some(variant) => self.serializer.tagged(variant, list),
            None => Ok(list),
        }
    }
}

macro_rules! seq_impl {
    ($($trait:ident :: $method:ident),*) => {$(
        impl<'py> ser::$trait for Seq<'_, 'py> {
            type Ok = Bound<'py, PyAny>;
            type Error = Error;
            fn $method<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<()> {
                self.push(value)
            }
            fn end(self) -> Result<Self::Ok> {
                self.finish()
            }
        }
    )*};
}

seq_impl!(
    SerializeSeq::serialize_element,
    SerializeTuple::serialize_element,
    SerializeTupleStruct::serialize_field,
    SerializeTupleVariant::serialize_field
);

impl<'py> Map<'_, 'py> {
    fn field<T: Serialize + ?Sized>(&mut self, name: &'static str, value: &T) -> Result<()> {
        let value = value.serialize(self.serializer)?;
        let key = id(name);
        match &mut self.fields {
            Fields::Shaped(shape, at) => {
                if let Some((expected, field)) = shape.fields.get(*at)
                    && *expected == key
                {
                    *at += 1;
                    // The template holds None already.
                    if !value.is_none() {
                        self.dict.set_item(field, value)?;
                    }
                    return Ok(());
                }
                // Not the shape's next field: start again field by field.
                let seen = *at;
                let fields = shape.clone();
                let dict = PyDict::new(self.serializer.py());
                for (_, field) in &fields.fields[..seen] {
                    if let Some(item) = self.dict.get_item(field)? {
                        dict.set_item(field, item)?;
                    }
                }
                self.dict = dict;
                self.fields = Fields::Plain;
                self.dict.set_item(self.serializer.names.get(name), value)?;
            }
            Fields::Learning(_, fields) => {
                let field = self.serializer.names.get(name);
                self.dict.set_item(&field, value)?;
                fields.push((key, field));
            }
            Fields::Plain => self.dict.set_item(self.serializer.names.get(name), value)?,
        }
        Ok(())
    }

    fn finish(self) -> Result<Bound<'py, PyAny>> {
        match self.fields {
            // Fields of the shape the value skipped (absent, not serialized).
            Fields::Shaped(shape, at) => {
                for (_, field) in &shape.fields[at..] {
                    self.dict.del_item(field)?;
                }
            }
            Fields::Learning(name, fields) => {
                if self.serializer.names.shape(name).is_none() {
                    self.serializer.names.learn(name, fields)?;
                }
            }
            Fields::Plain => {}
        }
        let dict = self.dict.into_any();
        match self.variant {
            Some(variant) => self.serializer.tagged(variant, dict),
            None => Ok(dict),
        }
    }
}

impl<'py> ser::SerializeMap for Map<'_, 'py> {
    type Ok = Bound<'py, PyAny>;
    type Error = Error;

    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<()> {
        // JSON object keys are strings: serde_json writes a number key as its digits.
        let key = key.serialize(self.serializer)?;
        self.key = Some(if key.is_instance_of::<PyString>() { key } else { key.str()?.into_any() });
        Ok(())
    }

    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<()> {
        let key = self
            .key
            .take()
            .ok_or_else(|| <Error as ser::Error>::custom("a map value without a key"))?;
        let value = value.serialize(self.serializer)?;
        self.dict.set_item(key, value)?;
        Ok(())
    }

    fn end(self) -> Result<Self::Ok> {
        self.finish()
    }
}

impl<'py> ser::SerializeStruct for Map<'_, 'py> {
    type Ok = Bound<'py, PyAny>;
    type Error = Error;

    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<()> {
        self.field(key, value)
    }

    fn end(self) -> Result<Self::Ok> {
        self.finish()
    }
}

impl<'py> ser::SerializeStructVariant for Map<'_, 'py> {
    type Ok = Bound<'py, PyAny>;
    type Error = Error;

    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<()> {
        self.field(key, value)
    }

    fn end(self) -> Result<Self::Ok> {
        self.finish()
    }
}
