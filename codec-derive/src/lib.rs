//! `#[wire]`: one declaration per wire type.
//!
//! Use it through `codec-core` (`#[codec_core::wire(json)]`), whose `wire` module
//! documents the attribute and holds the runtime the generated code calls. From a
//! struct whose fields carry `#[wire(...)]`, the attribute writes:
//!
//! - the serde attributes of the typed JSON form (renames, `borrow`, `default`,
//!   `skip_serializing_if`, the nullable helper), and the `schemars` and `arbitrary`
//!   derives behind the calling crate's `schema` and `arbitrary` features;
//! - `IntoOwned` and an inherent `into_owned()`;
//! - `JsonRecord` and `JsonValue` (with `json`) or `XmlRecord` and `XmlValue` (with
//!   `xml`): one `match` on member names to read, the members in declared order to
//!   write, and the encoded-length hint.

use proc_macro::TokenStream;
use proc_macro2::{Span, TokenStream as Tokens};
use quote::{ToTokens, quote};
use syn::parse::{Parse, ParseStream};
use syn::punctuated::Punctuated;
use syn::spanned::Spanned;
use syn::{
    Attribute, Data, DeriveInput, Error, Expr, Fields, GenericArgument, Ident, LitStr, Path,
    PathArguments, Token, Type,
};

/// Declares a wire type: see `codec_core::wire`.
#[proc_macro_attribute]
pub fn wire(args: TokenStream, item: TokenStream) -> TokenStream {
    let args = syn::parse_macro_input!(args as ContainerArgs);
    let item = syn::parse_macro_input!(item as DeriveInput);
    expand(args, item).unwrap_or_else(Error::into_compile_error).into()
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Syntax {
    Json,
    Xml,
    Query,
}

struct ContainerArgs {
    syntax: Syntax,
    null_as_absent: bool,
    arbitrary: bool,
    schema_not_null: bool,
    flag: Option<LitStr>,
    codec: Option<(Expr, Expr)>,
    defaults: bool,
    keep_control_chars: bool,
}

impl Parse for ContainerArgs {
    fn parse(input: ParseStream<'_>) -> syn::Result<Self> {
        let mut args = ContainerArgs {
            syntax: Syntax::Json,
            null_as_absent: false,
            arbitrary: true,
            schema_not_null: false,
            flag: None,
            codec: None,
            defaults: false,
            keep_control_chars: false,
        };
        let mut syntax = None;
        for meta in Punctuated::<syn::Meta, Token![,]>::parse_terminated(input)? {
            let name = meta.path().get_ident().map(Ident::to_string).unwrap_or_default();
            match (name.as_str(), &meta) {
                ("json", syn::Meta::Path(_)) => syntax = Some(Syntax::Json),
                ("xml", syn::Meta::Path(_)) => syntax = Some(Syntax::Xml),
                ("query", syn::Meta::Path(_)) => syntax = Some(Syntax::Query),
                ("null_as_absent", syn::Meta::Path(_)) => args.null_as_absent = true,
                ("no_arbitrary", syn::Meta::Path(_)) => args.arbitrary = false,
                ("schema_not_null", syn::Meta::Path(_)) => args.schema_not_null = true,
                ("defaults", syn::Meta::Path(_)) => args.defaults = true,
                ("keep_control_chars", syn::Meta::Path(_)) => args.keep_control_chars = true,
                ("codec", syn::Meta::List(list)) => {
                    let parts =
                        list.parse_args_with(Punctuated::<Expr, Token![,]>::parse_terminated)?;
                    let mut parts = parts.into_iter();
                    match (parts.next(), parts.next(), parts.next()) {
                        (Some(vendor), Some(operation), None) => {
                            args.codec = Some((vendor, operation))
                        }
                        _ => {
                            return Err(Error::new(
                                list.span(),
                                "expected codec(Vendor::X, OPERATION)",
                            ));
                        }
                    }
                }
                ("flag", syn::Meta::NameValue(value)) => {
                    args.flag = Some(syn::parse2(value.value.to_token_stream())?);
                }
                _ => {
                    return Err(Error::new(
                        meta.span(),
                        "unknown option: expected json, xml, query, null_as_absent, no_arbitrary, schema_not_null, defaults, keep_control_chars, codec(…) or flag = \"…\"",
                    ));
                }
            }
        }
        args.syntax = syntax.ok_or_else(|| {
            Error::new(Span::call_site(), "say `#[wire(json)]`, `#[wire(xml)]` or `#[wire(query)]`")
        })?;
        if args.keep_control_chars && args.syntax != Syntax::Xml {
            return Err(Error::new(
                Span::call_site(),
                "`keep_control_chars` is about XML text: it goes with `#[wire(xml)]`",
            ));
        }
        Ok(args)
    }
}

/// How a field is present on the wire, from its type.
enum Shape {
    /// `T`: required.
    Required,
    /// `Option<T>`: optional.
    Optional,
    /// `Option<Option<T>>`: optional, and `null` is `Some(None)`.
    Nullable,
    /// `Option<T>` marked `required`: present, and `null` is `None`.
    RequiredNullable,
    /// `Vec<T>`: a JSON array (required), or repeated XML elements (zero or more).
    List,
    /// Not on the wire.
    Skip,
}

#[derive(Default)]
struct FieldArgs {
    rename: Option<LitStr>,
    aliases: Vec<LitStr>,
    min: Option<Expr>,
    max: Option<Expr>,
    skip: bool,
    required: bool,
    spelling: Option<Ident>,
    arbitrary: Option<Path>,
    path: bool,
}

fn field_args(attrs: &mut Vec<Attribute>) -> syn::Result<FieldArgs> {
    let mut args = FieldArgs::default();
    let mut kept = Vec::new();
    for attr in attrs.drain(..) {
        if !attr.path().is_ident("wire") {
            kept.push(attr);
            continue;
        }
        attr.parse_nested_meta(|meta| {
            let name = meta.path.get_ident().map(Ident::to_string).unwrap_or_default();
            match name.as_str() {
                "rename" => args.rename = Some(meta.value()?.parse()?),
                "alias" => args.aliases.push(meta.value()?.parse()?),
                "skip" => args.skip = true,
                "required" => args.required = true,
                "path" => args.path = true,
                "spelling" => args.spelling = Some(meta.value()?.parse()?),
                "arbitrary" => args.arbitrary = Some(meta.value()?.parse()?),
                "range" => {
                    meta.parse_nested_meta(|bound| {
                        if bound.path.is_ident("min") {
                            args.min = Some(bound.value()?.parse()?);
                        } else if bound.path.is_ident("max") {
                            args.max = Some(bound.value()?.parse()?);
                        } else {
                            return Err(bound.error("expected `min = …` or `max = …`"));
                        }
                        Ok(())
                    })?;
                }
                _ => {
                    return Err(meta.error(
                        "unknown field option: expected rename, alias, range, skip, required, spelling or arbitrary",
                    ));
                }
            }
            Ok(())
        })?;
    }
    *attrs = kept;
    Ok(args)
}

/// The type inside `Wrapper<T>` when `ty` is that wrapper.
fn inner<'t>(ty: &'t Type, wrapper: &str) -> Option<&'t Type> {
    let Type::Path(path) = ty else { return None };
    let last = path.path.segments.last()?;
    if last.ident != wrapper {
        return None;
    }
    let PathArguments::AngleBracketed(args) = &last.arguments else { return None };
    match args.args.first()? {
        GenericArgument::Type(ty) => Some(ty),
        _ => None,
    }
}

/// Whether a type mentions a lifetime (serde then needs `borrow`).
fn has_lifetime(ty: &Type) -> bool {
    ty.to_token_stream()
        .into_iter()
        .any(|token| matches!(&token, proc_macro2::TokenTree::Punct(p) if p.as_char() == '\''))
}

/// The value type of a field once its presence wrappers are peeled.
fn value_type<'t>(ty: &'t Type, shape: &Shape) -> &'t Type {
    match shape {
        Shape::Optional | Shape::RequiredNullable => inner(ty, "Option").unwrap_or(ty),
        Shape::Nullable => inner(ty, "Option").and_then(|t| inner(t, "Option")).unwrap_or(ty),
        Shape::List | Shape::Required | Shape::Skip => ty,
    }
}

struct Field {
    /// The expression generating the field's value from `u`, unless the type's own
    /// `Arbitrary` does.
    generator: Option<Tokens>,
    ident: Ident,
    wire: LitStr,
    index: u32,
    shape: Shape,
    args: FieldArgs,
}

fn expand(container: ContainerArgs, mut item: DeriveInput) -> syn::Result<Tokens> {
    let span = item.span();
    let Data::Struct(data) = &mut item.data else {
        return Err(Error::new(span, "#[wire] declares structs"));
    };
    let Fields::Named(named) = &mut data.fields else {
        return Err(Error::new(span, "#[wire] declares structs with named fields"));
    };
    let lifetime = match item.generics.lifetimes().count() {
        0 => None,
        1 => item.generics.lifetimes().next().map(|l| l.lifetime.clone()),
        _ => return Err(Error::new(item.generics.span(), "#[wire] takes at most one lifetime")),
    };
    if item.generics.type_params().count() > 0 || item.generics.const_params().count() > 0 {
        return Err(Error::new(item.generics.span(), "#[wire] takes no type parameters"));
    }

    let mut fields = Vec::new();
    let mut index = 0u32;
    for field in &mut named.named {
        let args = field_args(&mut field.attrs)?;
        let ident = field.ident.clone().ok_or_else(|| Error::new(field.span(), "unnamed field"))?;
        let shape = if args.skip {
            Shape::Skip
        } else if let Some(inside) = inner(&field.ty, "Option") {
            if inner(inside, "Option").is_some() {
                Shape::Nullable
            } else if args.required {
                Shape::RequiredNullable
            } else {
                Shape::Optional
            }
        } else if inner(&field.ty, "Vec").is_some() {
            Shape::List
        } else {
            Shape::Required
        };
        if container.syntax != Syntax::Json
            && matches!(shape, Shape::Nullable | Shape::RequiredNullable)
        {
            return Err(Error::new(
                field.ty.span(),
                "only JSON has null: use T, Option<T> or Vec<T>",
            ));
        }
        if container.syntax == Syntax::Query && matches!(shape, Shape::List) {
            return Err(Error::new(field.ty.span(), "a query parameter holds one value"));
        }
        if args.path && (container.syntax != Syntax::Query || !matches!(shape, Shape::Optional)) {
            return Err(Error::new(
                field.ty.span(),
                "`path` is an Option<Cow<str>> of a query request",
            ));
        }
        let wire =
            args.rename.clone().unwrap_or_else(|| LitStr::new(&ident.to_string(), ident.span()));
        field.attrs.extend(field_attributes(&container, &field.ty, &shape, &wire, &args));
        let generator = field_generator(&container, &field.ty, &shape, &args);
        let this = Field { generator, ident, wire, index, shape, args };
        if !matches!(this.shape, Shape::Skip) {
            index += 1;
        }
        fields.push(this);
    }
    if index > 64 {
        return Err(Error::new(span, "#[wire] declares at most 64 fields"));
    }

    let name = &item.ident;
    let (impl_generics, type_generics, where_clause) = item.generics.split_for_impl();
    let a = lifetime.as_ref().map_or_else(|| quote!('wire), |l| quote!(#l));
    // A type that borrows nothing reads from input of any lifetime.
    let value_generics =
        if lifetime.is_some() { impl_generics.to_token_stream() } else { quote!(<'wire>) };
    let owned_type = if lifetime.is_some() { quote!(#name<'static>) } else { quote!(#name) };

    let owned_fields = fields.iter().map(|field| {
        let ident = &field.ident;
        match field.shape {
            Shape::Skip => quote!(#ident: self.#ident),
            _ => quote!(#ident: ::codec_core::wire::IntoOwned::into_owned(self.#ident)),
        }
    });
    let inherent_into_owned = lifetime.as_ref().map(|_| {
        quote! {
            impl #impl_generics #name #type_generics #where_clause {
                /// Detaches the value from the input it borrows from.
                pub fn into_owned(self) -> #owned_type {
                    ::codec_core::wire::IntoOwned::into_owned(self)
                }
            }
        }
    });

    let record = match container.syntax {
        Syntax::Json => json_record(&container, &fields, &a),
        Syntax::Xml => xml_record(&container, &fields, &a),
        Syntax::Query => query_record(&container, &fields, &a),
    };
    let (record_trait, value_impl) = match container.syntax {
        Syntax::Json => (
            quote!(::codec_core::wire::json::JsonRecord<#a>),
            quote! {
                impl #value_generics ::codec_core::wire::json::JsonValue<#a> for #name #type_generics #where_clause {
                    #[inline]
                    fn read_json(
                        json: &mut ::codec_core::json::JsonReader<#a>,
                        ctx: ::codec_core::wire::Ctx<'_>,
                    ) -> ::codec_core::Result<Self> {
                        ::codec_core::wire::json::read_record(json, ctx)
                    }

                    #[inline]
                    fn read_json_into(
                        &mut self,
                        json: &mut ::codec_core::json::JsonReader<#a>,
                        ctx: ::codec_core::wire::Ctx<'_>,
                    ) -> ::codec_core::Result<()> {
                        ::codec_core::wire::json::read_record_into(self, json, ctx)
                    }

                    #[inline]
                    fn write_json(
                        &self,
                        json: &mut ::codec_core::json::JsonWriter<'_>,
                        _: ::codec_core::wire::Ctx<'_>,
                    ) -> ::codec_core::Result<()> {
                        ::codec_core::wire::json::write_record(self, json)
                    }
                }
            },
        ),
        Syntax::Query => (quote!(::codec_core::wire::query::QueryRecord<#a>), quote!()),
        Syntax::Xml => (
            quote!(::codec_core::wire::xml::XmlRecord<#a>),
            quote! {
                impl #value_generics ::codec_core::wire::xml::XmlValue<#a> for #name #type_generics #where_clause {
                    #[inline]
                    fn read_xml(
                        xml: &mut ::codec_core::xml::XmlReader<#a>,
                        element: &::codec_core::xml::Element<#a>,
                        ctx: ::codec_core::wire::Ctx<'_>,
                    ) -> ::codec_core::Result<Self> {
                        ::codec_core::wire::xml::read_record(xml, element, ctx)
                    }

                    #[inline]
                    fn write_xml(
                        &self,
                        out: &mut ::std::vec::Vec<u8>,
                        name: &str,
                        ctx: ::codec_core::wire::Ctx<'_>,
                    ) -> ::codec_core::Result<()> {
                        ::codec_core::wire::xml::write_record(self, out, name, ctx)
                    }
                }
            },
        ),
    };

    let mut container_attrs = container_attributes();
    if container.defaults {
        // A member left out keeps the type's own `Default`, in the typed JSON too.
        container_attrs.push(quote!(#[serde(default)]));
    }
    let codec = container.codec.as_ref().map(|(vendor, operation)| {
        let request = (container.syntax == Syntax::Query)
            .then(|| query_codec(name, &value_generics, &type_generics.to_token_stream(), &a));
        quote! {
            impl #impl_generics ::codec_core::Codec for #name #type_generics #where_clause {
                const VENDOR: ::codec_core::Vendor = #vendor;
                const OPERATION: &'static str = #operation;
            }

            #request
        }
    });
    let arbitrary = container.arbitrary.then(|| {
        arbitrary_impl(name, &value_generics, &type_generics.to_token_stream(), &a, &fields)
    });
    Ok(quote! {
        #(#container_attrs)*
        #item

        impl #impl_generics ::codec_core::wire::IntoOwned for #name #type_generics #where_clause {
            type Owned = #owned_type;
            fn into_owned(self) -> #owned_type {
                #name { #(#owned_fields,)* }
            }
        }

        #inherent_into_owned

        impl #value_generics ::codec_core::wire::LenHint for #name #type_generics #where_clause {
            #[inline]
            fn len_hint(&self) -> usize {
                <Self as #record_trait>::encoded_len(self)
            }
        }

        impl #value_generics #record_trait for #name #type_generics #where_clause {
            #record
        }

        #value_impl

        #codec

        #arbitrary
    })
}

fn container_attributes() -> Vec<Tokens> {
    let attrs = vec![
        quote!(#[derive(::serde::Serialize, ::serde::Deserialize)]),
        quote!(#[cfg_attr(feature = "schema", derive(::schemars::JsonSchema))]),
    ];
    attrs
}

/// The serde, schemars and arbitrary attributes of one field.
fn field_attributes(
    container: &ContainerArgs,
    ty: &Type,
    shape: &Shape,
    wire: &LitStr,
    args: &FieldArgs,
) -> Vec<Attribute> {
    let mut serde: Vec<Tokens> = Vec::new();
    let mut attrs: Vec<Tokens> = Vec::new();
    if let Shape::Skip = shape {
        serde.push(quote!(skip));
    } else {
        serde.push(quote!(rename = #wire));
        for alias in &args.aliases {
            serde.push(quote!(alias = #alias));
        }
        if has_lifetime(ty) {
            serde.push(quote!(borrow));
        }
        match shape {
            Shape::Optional => {
                serde.push(quote!(default));
                serde.push(quote!(skip_serializing_if = "Option::is_none"));
            }
            Shape::Nullable => {
                serde.push(quote!(default));
                serde.push(quote!(deserialize_with = "::codec_core::wire::serde_nullable"));
                serde.push(quote!(skip_serializing_if = "Option::is_none"));
            }
            Shape::List if container.syntax == Syntax::Xml => serde.push(quote!(default)),
            _ => {}
        }
        let not_null = container.schema_not_null
            || (container.syntax == Syntax::Json && !container.null_as_absent);
        if not_null && matches!(shape, Shape::Optional) {
            attrs.push(quote!(#[cfg_attr(feature = "schema", schemars(transform = ::codec_core::schema::not_null))]));
        }
        if args.min.is_some() || args.max.is_some() {
            let min = args.min.as_ref().map(|min| quote!(min = #min));
            let max = args.max.as_ref().map(|max| quote!(max = #max));
            let bounds = min.into_iter().chain(max);
            attrs.push(quote!(#[cfg_attr(feature = "schema", schemars(range(#(#bounds),*)))]));
        }
    }
    let mut out: Vec<Attribute> = Vec::new();
    out.push(syn::parse_quote!(#[serde(#(#serde),*)]));
    for attr in attrs {
        let parsed: Vec<Attribute> = syn::parse::Parser::parse2(Attribute::parse_outer, attr)
            .expect("generated attributes parse");
        out.extend(parsed);
    }
    out
}

/// How a field's values are generated for `arbitrary`, as an expression over `u`: its
/// declared generator, text XML can carry in an XML type, integers in the field's
/// range, or `None` for the type's own `Arbitrary`.
fn field_generator(
    container: &ContainerArgs,
    ty: &Type,
    shape: &Shape,
    args: &FieldArgs,
) -> Option<Tokens> {
    if let Some(path) = &args.arbitrary {
        return Some(quote!(#path(u)));
    }
    if let Some(generator) = xml_text_generator(container, ty, shape) {
        return Some(generator);
    }
    if args.min.is_none() && args.max.is_none() {
        return None;
    }
    if value_type(ty, shape).to_token_stream().to_string() != "u32" {
        return None;
    }
    let min = args.min.as_ref().map_or_else(|| quote!(0), |min| quote!(#min));
    let max = args.max.as_ref().map_or_else(|| quote!(u32::MAX), |max| quote!(#max));
    match shape {
        Shape::Required => Some(quote!(::codec_core::generate::u32_in::<{ #min }, { #max }>(u))),
        Shape::Optional => {
            Some(quote!(::codec_core::generate::opt_u32_in::<{ #min }, { #max }>(u)))
        }
        _ => None,
    }
}

/// `arbitrary::Arbitrary` for the type, behind the calling crate's `arbitrary` feature:
/// every field from its generator, and a spelling sibling left at its default when the
/// element it spells is absent (decoding leaves it so), so that every generated value
/// encodes and decodes to itself.
fn arbitrary_impl(
    name: &Ident,
    value_generics: &Tokens,
    type_generics: &Tokens,
    a: &Tokens,
    fields: &[Field],
) -> Tokens {
    let siblings: Vec<(&Ident, &Ident)> = fields
        .iter()
        .filter_map(|field| field.args.spelling.as_ref().map(|sibling| (sibling, &field.ident)))
        .collect();
    let values = fields
        .iter()
        .filter(|field| !siblings.iter().any(|(s, _)| *s == &field.ident))
        .map(|field| {
            let ident = &field.ident;
            match &field.generator {
                Some(generator) => quote!(let #ident = #generator?;),
                None => quote!(let #ident = ::arbitrary::Arbitrary::arbitrary(u)?;),
            }
        });
    let spelled = siblings.iter().map(|(sibling, spelled)| {
        quote! {
            let #sibling = if #spelled.is_some() {
                ::arbitrary::Arbitrary::arbitrary(u)?
            } else {
                ::core::default::Default::default()
            };
        }
    });
    let idents = fields.iter().map(|field| &field.ident);
    quote! {
        #[cfg(feature = "arbitrary")]
        impl #value_generics ::arbitrary::Arbitrary<#a> for #name #type_generics {
            fn arbitrary(u: &mut ::arbitrary::Unstructured<#a>) -> ::arbitrary::Result<Self> {
                #(#values)*
                #(#spelled)*
                Ok(#name { #(#idents),* })
            }
        }
    }
}

/// XML 1.0 cannot carry every character: text and ETags of an XML type are generated
/// from what it can (`codec_core::generate`), so that every generated value encodes;
/// with `keep_control_chars`, from what XML carries when the control characters XML 1.0
/// forbids are kept (`ControlChars::Keep`), which the type's codec does.
fn xml_text_generator(container: &ContainerArgs, ty: &Type, shape: &Shape) -> Option<Tokens> {
    if container.syntax != Syntax::Xml || !container.arbitrary {
        return None;
    }
    let value = value_type(ty, shape);
    let Type::Path(path) = value else { return None };
    let last = path.path.segments.last()?.ident.to_string();
    let generator = match (last.as_str(), shape) {
        ("Cow", Shape::Required) => quote!(::codec_core::generate::xml_text_with),
        ("Cow", Shape::Optional) => quote!(::codec_core::generate::opt_xml_text_with),
        ("ETag", Shape::Optional) => quote!(::codec_core::generate::opt_xml_etag_with),
        _ => return None,
    };
    let controls = if container.keep_control_chars {
        quote!(::codec_core::xml::ControlChars::Keep)
    } else {
        quote!(::codec_core::xml::ControlChars::Refuse)
    };
    Some(quote!(#generator(u, #controls)))
}

/// The context a field's value is read and written with: its range, if any.
fn bounded(base: Tokens, args: &FieldArgs) -> Tokens {
    if args.min.is_none() && args.max.is_none() {
        return base;
    }
    let min = args.min.as_ref().map_or_else(|| quote!(0), |min| quote!(#min));
    let max = args.max.as_ref().map_or_else(|| quote!(u64::MAX), |max| quote!(#max));
    quote!(#base.range((#min) as u64, (#max) as u64))
}

fn required_list(container: &ContainerArgs, fields: &[Field]) -> Tokens {
    let required = fields.iter().filter(|_| !container.defaults).filter_map(|field| {
        let required = match field.shape {
            Shape::Required | Shape::RequiredNullable => true,
            Shape::List => false,
            _ => false,
        };
        required.then(|| {
            let (index, wire) = (field.index, &field.wire);
            quote!((#index, #wire))
        })
    });
    quote!(&[#(#required),*])
}

fn json_record(container: &ContainerArgs, fields: &[Field], a: &Tokens) -> Tokens {
    let null_as_absent = container.null_as_absent;
    let arms = fields.iter().filter(|field| !matches!(field.shape, Shape::Skip)).map(|field| {
        let (ident, wire, index) = (&field.ident, &field.wire, field.index);
        let aliases = &field.args.aliases;
        let ctx = bounded(quote!(ctx), &field.args);
        let read = match field.shape {
            Shape::Required | Shape::List => quote! {
                ::codec_core::wire::json::JsonValue::read_json_into(&mut self.#ident, json, #ctx)
            },
            Shape::Optional => quote! {
                ::codec_core::wire::json::optional(json, #ctx).map(|value| self.#ident = value)
            },
            Shape::Nullable => quote! {
                ::codec_core::wire::json::nullable(json, #ctx).map(|value| self.#ident = Some(value))
            },
            Shape::RequiredNullable => quote! {
                ::codec_core::wire::json::nullable(json, #ctx).map(|value| self.#ident = value)
            },
            Shape::Skip => unreachable!(),
        };
        if matches!(field.shape, Shape::Required) && container.null_as_absent {
            return quote! {
                #wire #(| #aliases)* => ::codec_core::wire::json::required_member(
                    seen, #index, key, #wire, json, ctx, |json| {
                        ::codec_core::wire::json::JsonValue::read_json_into(&mut self.#ident, json, #ctx)
                    },
                )?,
            };
        }
        quote! {
            #wire #(| #aliases)* => ::codec_core::wire::json::member(seen, #index, key, #wire, || #read)?,
        }
    });
    let writes = fields.iter().map(|field| {
        let (ident, wire) = (&field.ident, &field.wire);
        let ctx = bounded(quote!(::codec_core::wire::Ctx::writing()), &field.args);
        let member =
            syn::LitByteStr::new(format!(",\"{}\":", wire.value()).as_bytes(), wire.span());
        let write = |value: Tokens| {
            quote! {
                json.member(#member);
                ::codec_core::wire::json::JsonValue::write_json(#value, json, #ctx)
                    .map_err(|e| ::codec_core::wire::json::writing(e, #wire))?;
            }
        };
        match field.shape {
            Shape::Skip => quote!(),
            Shape::Required | Shape::List => write(quote!(&self.#ident)),
            Shape::Optional => {
                let body = write(quote!(value));
                quote!(if let Some(value) = &self.#ident { #body })
            }
            Shape::Nullable => quote! {
                if let Some(value) = &self.#ident {
                    json.member(#member);
                    ::codec_core::wire::json::write_nullable(value, json, #ctx)
                        .map_err(|e| ::codec_core::wire::json::writing(e, #wire))?;
                }
            },
            Shape::RequiredNullable => quote! {
                json.member(#member);
                ::codec_core::wire::json::write_nullable(&self.#ident, json, #ctx)
                    .map_err(|e| ::codec_core::wire::json::writing(e, #wire))?;
            },
        }
    });
    let lens = encoded_lens(fields, 6, 4);
    let required = required_list(container, fields);
    quote! {
        const NULL_AS_ABSENT: bool = #null_as_absent;

        #[inline]
        fn read_member(
            &mut self,
            key: &::codec_core::json::JsonStr<#a>,
            json: &mut ::codec_core::json::JsonReader<#a>,
            ctx: ::codec_core::wire::Ctx<'_>,
            seen: &mut ::codec_core::wire::Seen,
        ) -> ::codec_core::Result<bool> {
            match ::core::convert::AsRef::<str>::as_ref(&key.value()) {
                #(#arms)*
                _ => return Ok(false),
            }
            Ok(true)
        }

        #[inline]
        fn check_required(seen: &::codec_core::wire::Seen) -> ::codec_core::Result<()> {
            seen.check_required(#required)
        }

        #[inline]
        fn write_members(&self, json: &mut ::codec_core::json::JsonWriter<'_>) -> ::codec_core::Result<()> {
            #(#writes)*
            Ok(())
        }

        #[inline]
        fn encoded_len(&self) -> usize {
            2 #(+ #lens)*
        }
    }
}

/// Each field's share of the encoded-length hint: its name `per_name / 3` times and
/// `extra` bytes of punctuation, and its value's hint.
fn encoded_lens(fields: &[Field], per_name: usize, extra: usize) -> Vec<Tokens> {
    fields
        .iter()
        .filter(|field| !matches!(field.shape, Shape::Skip))
        .map(|field| {
            let ident = &field.ident;
            let name = field.wire.value().len() * per_name / 3 + extra;
            quote!(#name + ::codec_core::wire::LenHint::len_hint(&self.#ident))
        })
        .collect()
}

fn xml_record(container: &ContainerArgs, fields: &[Field], a: &Tokens) -> Tokens {
    let arms = fields.iter().filter(|field| !matches!(field.shape, Shape::Skip)).map(|field| {
        let (ident, wire, index) = (&field.ident, &field.wire, field.index);
        let aliases = &field.args.aliases;
        let ctx = bounded(quote!(ctx), &field.args);
        let read = match field.shape {
            Shape::Required => quote! {
                ::codec_core::wire::xml::XmlValue::read_xml(xml, child, #ctx).map(|value| self.#ident = value)
            },
            Shape::Optional => quote! {
                ::codec_core::wire::xml::XmlValue::read_xml(xml, child, #ctx).map(|value| self.#ident = Some(value))
            },
            _ => quote!(),
        };
        let pattern = match &field.args.spelling {
            Some(sibling) => quote! {
                name if ::codec_core::wire::xml::Spelling::from_name(name)
                    .map(|spelling| self.#sibling = spelling)
                    .is_some()
            },
            None => quote!(#wire #(| #aliases)*),
        };
        match field.shape {
            Shape::List => quote! {
                #pattern => ::codec_core::wire::xml::push_item(&mut self.#ident, xml, child, #ctx)?,
            },
            _ => quote! {
                #pattern => ::codec_core::wire::xml::child(seen, #index, child, || #read)?,
            },
        }
    });
    let writes = fields.iter().map(|field| {
        let (ident, wire) = (&field.ident, &field.wire);
        let ctx = bounded(quote!(ctx), &field.args);
        let name = match &field.args.spelling {
            Some(sibling) => quote!(::codec_core::wire::xml::Spelling::as_str(self.#sibling)),
            None => quote!(#wire),
        };
        match field.shape {
            Shape::Skip => quote!(),
            Shape::List => quote! {
                ::codec_core::wire::xml::write_items(&self.#ident, out, #name, #ctx)?;
            },
            Shape::Required => quote! {
                ::codec_core::wire::xml::XmlValue::write_xml(&self.#ident, out, #name, #ctx)
                    .map_err(|e| ::codec_core::wire::xml::writing(e, #name))?;
            },
            _ => quote! {
                if let Some(value) = &self.#ident {
                    ::codec_core::wire::xml::XmlValue::write_xml(value, out, #name, #ctx)
                        .map_err(|e| ::codec_core::wire::xml::writing(e, #name))?;
                }
            },
        }
    });
    // `<Name>` and `</Name>`: twice the name and five bytes.
    let lens = encoded_lens(fields, 6, 5);
    let required = required_list(container, fields);
    quote! {
        #[inline]
        fn read_child(
            &mut self,
            child: &::codec_core::xml::Element<#a>,
            xml: &mut ::codec_core::xml::XmlReader<#a>,
            ctx: ::codec_core::wire::Ctx<'_>,
            seen: &mut ::codec_core::wire::Seen,
        ) -> ::codec_core::Result<bool> {
            match child.name() {
                #(#arms)*
                _ => return Ok(false),
            }
            Ok(true)
        }

        #[inline]
        fn check_required(seen: &::codec_core::wire::Seen) -> ::codec_core::Result<()> {
            seen.check_required(#required)
        }

        #[inline]
        #[allow(unused_variables)]
        fn write_children(
            &self,
            out: &mut ::std::vec::Vec<u8>,
            ctx: ::codec_core::wire::Ctx<'_>,
        ) -> ::codec_core::Result<()> {
            // The record's own bounds, if its field had any, are not its children's.
            let ctx = ctx.unbounded();
            #(#writes)*
            Ok(())
        }

        #[inline]
        fn encoded_len(&self) -> usize {
            2 #(+ #lens)*
        }
    }
}

fn query_record(container: &ContainerArgs, fields: &[Field], a: &Tokens) -> Tokens {
    let parameters: Vec<&Field> = fields
        .iter()
        .filter(|field| !matches!(field.shape, Shape::Skip) && !field.args.path)
        .collect();
    let arms = parameters.iter().map(|field| {
        let (ident, wire, index) = (&field.ident, &field.wire, field.index);
        let aliases = &field.args.aliases;
        let ctx = bounded(quote!(ctx), &field.args);
        let store = match field.shape {
            Shape::Optional => quote!(self.#ident = Some(value)),
            _ => quote!(self.#ident = value),
        };
        quote! {
            #wire #(| #aliases)* => ::codec_core::wire::query::parameter(seen, #index, pair, || {
                ::codec_core::wire::query::QueryValue::read_query(pair, #ctx).map(|value| #store)
            })?,
        }
    });
    let writes = parameters.iter().map(|field| {
        let (ident, wire) = (&field.ident, &field.wire);
        let ctx = bounded(quote!(::codec_core::wire::Ctx::writing()), &field.args);
        let write = |value: Tokens| {
            quote! {
                ::codec_core::wire::query::QueryValue::write_query(#value, query, #wire, #ctx)
                    .map_err(|e| ::codec_core::wire::query::writing(e, #wire))?;
            }
        };
        match field.shape {
            Shape::Optional => {
                let body = write(quote!(value));
                quote!(if let Some(value) = &self.#ident { #body })
            }
            _ => write(quote!(&self.#ident)),
        }
    });
    let path = fields.iter().find(|field| field.args.path);
    let path_name = match path {
        Some(field) => {
            let wire = &field.wire;
            quote!(Some(#wire))
        }
        None => quote!(None),
    };
    let (set_path, get_path) = match path {
        Some(field) => {
            let ident = &field.ident;
            (quote!(self.#ident = Some(key);), quote!(self.#ident.as_deref()))
        }
        None => (quote!(let _ = key;), quote!(None)),
    };
    let flag = match &container.flag {
        Some(flag) => quote!(Some(#flag)),
        None => quote!(None),
    };
    let lens = encoded_lens(fields, 3, 4);
    let required = required_list(container, fields);
    quote! {
        const FLAG: Option<&'static str> = #flag;
        const PATH: Option<&'static str> = #path_name;

        #[inline]
        fn read_pair(
            &mut self,
            pair: &::codec_core::query::QueryPair<#a>,
            ctx: ::codec_core::wire::Ctx<'_>,
            seen: &mut ::codec_core::wire::Seen,
        ) -> ::codec_core::Result<bool> {
            match ::core::convert::AsRef::<str>::as_ref(&pair.name) {
                #(#arms)*
                _ => return Ok(false),
            }
            Ok(true)
        }

        #[inline]
        fn check_required(seen: &::codec_core::wire::Seen) -> ::codec_core::Result<()> {
            seen.check_required(#required)
        }

        fn set_path(&mut self, key: ::std::borrow::Cow<#a, str>) {
            #set_path
        }

        fn path(&self) -> Option<&str> {
            #get_path
        }

        fn write_pairs(&self, query: &mut ::codec_core::query::QueryWriter) -> ::codec_core::Result<()> {
            #(#writes)*
            Ok(())
        }

        fn encoded_len(&self) -> usize {
            16 #(+ #lens)*
        }
    }
}

/// A query request with its `Codec` constants is a whole codec: `Decode` and `Encode`
/// through `codec_core::wire::query`, and the two texts an SDK sends.
fn query_codec(
    name: &Ident,
    value_generics: &Tokens,
    type_generics: &Tokens,
    a: &Tokens,
) -> Tokens {
    quote! {
        impl #value_generics ::codec_core::Decode<#a> for #name #type_generics {
            fn decode_inner(input: &#a [u8], limits: &::codec_core::Limits) -> ::codec_core::Result<Self> {
                ::codec_core::wire::query::decode_target(input, limits)
            }
        }

        impl #value_generics ::codec_core::Encode for #name #type_generics {
            fn encode_inner(&self, out: &mut ::std::vec::Vec<u8>) -> ::codec_core::Result<()> {
                ::codec_core::wire::query::encode_target(self, out)
            }
        }

        impl #value_generics #name #type_generics {
            /// The query string alone, without path or `?`; fails on a value out of its
            /// range.
            pub fn to_query_string(&self) -> ::codec_core::Result<::std::string::String> {
                ::codec_core::wire::query::query_string(self).map_err(|e| {
                    e.with_context(<Self as ::codec_core::Codec>::VENDOR, <Self as ::codec_core::Codec>::OPERATION)
                })
            }

            /// The request target: `/`, the percent-encoded object key and `?` where the
            /// request has a key, then the query string (what `Encode` writes).
            pub fn to_target(&self) -> ::codec_core::Result<::std::string::String> {
                ::codec_core::wire::query::target_string(self).map_err(|e| {
                    e.with_context(<Self as ::codec_core::Codec>::VENDOR, <Self as ::codec_core::Codec>::OPERATION)
                })
            }
        }
    }
}
