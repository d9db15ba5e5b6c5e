// Open enums in TypeScript, compiled with tsc --strict by tools/other_languages.py (make other-languages)
// beside the types of @hey-api/openapi-ts (openapi/generators/hey-api.config.mjs) and of
// openapi-typescript (openapi/generators/openapi-typescript.mjs).
//
// A response field such as `Metadata.editionProfile` is `anyOf: [EditionProfile, {type: string}]`
// in the spec: the known values are documented and a value the server adds later still parses.
// Each check below fails to compile if the generated type loses either half: an unknown string
// no longer assignable, or the known literals collapsed into plain `string`.

import type { components } from "./isogeo-paths";
import type {
  ContactRoleValue,
  EditionProfileValue,
  GetFormatByCodeOrTypeData,
  Metadata,
  MetadataTypeFilter,
  MetadataTypeValue,
} from "./isogeo/types.gen";

type Schemas = components["schemas"];

/** The string literals of a type; `never` when it is plain `string` (the known values were lost). */
type KnownLiterals<T> = T extends string ? (string extends T ? never : T) : never;
type Equals<A, B> = (<X>() => X extends A ? 1 : 2) extends <X>() => X extends B ? 1 : 2 ? true : false;

// hey-api: known values kept, unknown values accepted.
const heyKnown: Equals<KnownLiterals<EditionProfileValue>, "manual" | "csw" | "daemon"> = true;
const heyProfile: EditionProfileValue = "manual";
const heyLater: EditionProfileValue = "a-profile-added-later";
const heyRole: ContactRoleValue = "pointOfContact";
const heyType: MetadataTypeValue = "noGeoDataset";
const heyRecord: Pick<Metadata, "_id" | "editionProfile"> = {
  _id: "43380f6c60424095b67cbd1aa9526fe4",
  editionProfile: "a-profile-added-later",
};
// The same form for the path parameter of getFormatByCodeOrType: a filter type or any format code.
type HeyFormatCode = GetFormatByCodeOrTypeData["path"]["format_code"];
const heyCodeKnown: Equals<KnownLiterals<HeyFormatCode>, MetadataTypeFilter> = true;
const heyCode: HeyFormatCode = "postgis";

// openapi-typescript: the same.
const oatKnown: Equals<KnownLiterals<Schemas["EditionProfileValue"]>, "manual" | "csw" | "daemon"> = true;
const oatRoleKnown: Equals<KnownLiterals<Schemas["ContactRoleValue"]>, Schemas["ContactRole"]> = true;
const oatProfile: Schemas["EditionProfileValue"] = "csw";
const oatLater: Schemas["EditionProfileValue"] = "a-profile-added-later";
const oatRecord: Schemas["Metadata"] = {
  _id: "43380f6c60424095b67cbd1aa9526fe4",
  editionProfile: "a-profile-added-later",
};
type OatFormatCode = components["parameters"]["formatCodeOrTypeParam"];
const oatCodeKnown: Equals<KnownLiterals<OatFormatCode>, Schemas["MetadataTypeFilter"]> = true;
const oatCode: OatFormatCode = "vector-dataset";

// Narrowing on a known value works as with a closed enum.
function label(profile: EditionProfileValue): string {
  switch (profile) {
    case "manual":
      return "edited by hand";
    case "csw":
      return "harvested";
    default:
      return profile;
  }
}

export const checked = [
  heyKnown,
  heyProfile,
  heyLater,
  heyRole,
  heyType,
  heyRecord,
  heyCodeKnown,
  heyCode,
  oatKnown,
  oatRoleKnown,
  oatProfile,
  oatLater,
  oatRecord,
  oatCodeKnown,
  oatCode,
  label("daemon"),
];
