//! What every schema confer writes shares, below both the content files' (`schema`) and the
//! export's (`export::schema`), so that neither imports the other for it.

/// The JSON Schema dialect of the schemas.
pub const DIALECT: &str = "https://json-schema.org/draft/2020-12/schema";

/// An absolute http or https address, as `check` takes it.
pub(crate) const URL_PATTERN: &str = "^[Hh][Tt][Tt][Pp][Ss]?://[^\\s/?#.:@][^\\s]*$";
