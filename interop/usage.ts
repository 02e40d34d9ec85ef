// Uses a few of the types json-schema-to-typescript makes from ../schemas (run.sh
// writes them to generated/): it must compile with `tsc --strict`, and each
// `@ts-expect-error` below proves a member precise, since the line would compile (and
// the directive fail as unused) if the member were `any`.

import type { Part, PartsPage } from "./generated/core/parts-page";
import type { CosListPartsResponse } from "./generated/cos/list-parts.response";
import type { PdsListUploadedPartsResponse } from "./generated/pds/list-uploaded-parts.response";
import { precise } from "./precise";

/** The parts of a vendor-neutral page (`codec decode … --normalized`), by number. */
export function sizes(page: PartsPage): Map<number, number | null> {
  const sizes = new Map<number, number | null>();
  for (const part of page.parts) {
    const number: number = part.number;
    const size: number | null = part.size;
    const etag: string | null = part.etag;
    const lastModified: string | null = part.last_modified;
    if (etag !== null && lastModified !== null) {
      sizes.set(number, size);
    }
  }
  return sizes;
}

/** Where the next request starts, or `undefined` when the listing is done. */
export function nextMarker(page: PartsPage): string | undefined {
  const vendor: "ufile" | "qingstor" | "pds" | "cos" = page.vendor;
  const truncated: boolean | null = page.truncated;
  if (vendor === "qingstor" && truncated === false) {
    return undefined;
  }
  return page.next_marker ?? undefined;
}

/** A COS page as `codec decode cos list-parts` prints it: the XML's element names. */
export const cos: CosListPartsResponse = {
  Bucket: "examplebucket-1250000000",
  Key: "exampleobject",
  UploadId: "1585130821cbb7df1d11846c073ad648e8f33b087cec2381df437acdc833cf654b9ecc6361",
  Initiator: { ID: "qcs::cam::uin/100000000001:uin/100000000011", DisplayName: "100000000011" },
  PartNumberMarker: 0,
  IsTruncated: false,
  Part: [
    {
      PartNumber: 1,
      LastModified: "2020-03-25T10:07:14.000Z",
      ETag: '"39270a968a357d24207e9911162507eb"',
      Size: 1048576,
    },
  ],
};

/** The same page, vendor-neutral, by hand. */
export function normalize(body: CosListPartsResponse): PartsPage {
  const parts: Part[] = (body.Part ?? []).map((part) => ({
    number: part.PartNumber,
    etag: part.ETag?.replace(/^"|"$/g, "") ?? null,
    size: part.Size ?? null,
    last_modified: part.LastModified ?? null,
  }));
  const next: number | null | undefined = body.NextPartNumberMarker;
  return {
    vendor: "cos",
    key: body.Key ?? null,
    upload_id: body.UploadId ?? null,
    next_marker: next === null || next === undefined ? null : String(next),
    truncated: body.IsTruncated ?? null,
    parts,
  };
}

/** A PDS page as `codec decode pds list-uploaded-parts` prints it: the wire body. */
export const pds: PdsListUploadedPartsResponse = {
  file_id: "322fb07b975f4b0ae1b543fe8475eee4c19eb2b2",
  upload_id: "00166D06127B413BA1EC8ABB1144D101",
  uploaded_parts: [
    {
      part_number: 1,
      part_size: 1024,
      etag: '"0CC175B9C0F1B6A831C399E269772661"',
      parallel_sha1_ctx: { h: [0], part_offset: 10240 },
    },
  ],
  next_part_number_marker: "NWQ1Yjk4YmI1ZDRlYmU1Y2E0YWE0NmJhYWJmODBhNDQ2NzhlMTRhMg",
  parallel_upload: false,
};

export const pdsPartNumbers: (number | null | undefined)[] = (pds.uploaded_parts ?? []).map(
  (part) => part.part_number,
);

// Wrong in type: each is refused, which it would not be for an `any` member.

// @ts-expect-error a part number is a number, not a string
export const textNumber: Part = { number: "1", etag: null, size: null, last_modified: null };

// @ts-expect-error "s3" is none of the four vendors
export const otherVendor: PartsPage["vendor"] = "s3";

// @ts-expect-error next_marker is null on the last page, never absent
export const noMarker: PartsPage = { vendor: "cos", key: null, upload_id: null, truncated: null, parts: [] };

// @ts-expect-error IsTruncated is a boolean
export const textTruncated: CosListPartsResponse = { IsTruncated: "false" };

// @ts-expect-error a member no schema declares: no index signature lets a typo through
export const typo: CosListPartsResponse = { UploadID: "1585130821cbb7df" };

// @ts-expect-error a PDS part's hash state words are numbers
export const textWords: PdsListUploadedPartsResponse = { uploaded_parts: [{ parallel_sha1_ctx: { h: ["0"] } }] };

// @ts-expect-error at most eight hash state words (SHA-256)
export const nineWords: PdsListUploadedPartsResponse = { uploaded_parts: [{ parallel_sha1_ctx: { h: [0, 0, 0, 0, 0, 0, 0, 0, 0] } }] };

// And every member at every depth, not only those used above (generated/all.ts does
// the same for every schema file).
precise<PartsPage>("precise");
precise<CosListPartsResponse>("precise");
precise<PdsListUploadedPartsResponse>("precise");
