// @hey-api/openapi-ts settings for openapi/isogeo.yaml. See docs/other-languages.md.
//   npx openapi-ts -f openapi/generators/hey-api.config.mjs -i openapi/isogeo.yaml -o src/isogeo
//
// * zod validates every answer; `dates.offset: true` because the API writes timestamps with an
//   offset (`2019-06-13T16:21:38.1917618+00:00`), which zod's default datetime check refuses.
// * Nothing to set for the comma-joined lists: the SDK honours each parameter's
//   `style: form, explode: false` (`_include=links,contacts`); tests/ts/hey_client.ts checks it.
export default {
  input: process.env.ISOGEO_SPEC ?? "openapi/isogeo.yaml",
  output: process.env.ISOGEO_TS_OUT ?? "src/isogeo",
  plugins: [
    "@hey-api/client-fetch",
    "@hey-api/typescript",
    { name: "zod", dates: { offset: true } },
    { name: "@hey-api/sdk", validator: true },
  ],
};
