//! `confer new`: the skeleton of an edition (and of its series when new) written into the
//! content folder, the paths on stdout for an editor, and the schemas its first line names.

use std::process::ExitCode;

use super::output::say;
use super::{config_folder_missing, output};
use crate::settings::Settings;

/// `confer new`: exit 2 without a content folder to write into (the built-in content is
/// never written to), 1 when the file exists or cannot be written.
pub(super) fn new_edition(target: &crate::scaffold::Target, settings: &Settings) -> ExitCode {
    let words = &settings.lang.words().cli;
    let Some(folder) = &settings.content else {
        say!("{}{}", words.usage.error, words.messages.new_needs_folder);
        return ExitCode::from(2);
    };
    if config_folder_missing(settings) {
        return ExitCode::from(1);
    }
    let year = crate::scaffold::year_of(&target.stem, crate::scaffold::this_year());
    match crate::scaffold::new_edition(folder, target, year) {
        Ok(written) => {
            // The paths alone on stdout, for `$EDITOR $(confer new …)`.
            let paths = std::iter::once(&written.edition).chain(&written.series);
            let listed = paths
                .map(|p| format!("{}\n", p.display()))
                .collect::<String>();
            let code = output::stdout(listed.as_bytes());
            // The schema the skeletons' first line names, for editors that complete from it.
            match crate::scaffold::write_schemas(folder, settings.lang) {
                Ok(schemas) => {
                    for schema in schemas {
                        let schema = schema.display().to_string();
                        say!("confer: {}", (words.messages.wrote_schema)(&schema));
                    }
                }
                Err(e) => say!(
                    "confer: {}",
                    (words.messages.schemas_not_written)(
                        &folder.display().to_string(),
                        &e.to_string()
                    )
                ),
            }
            let folder = folder.display().to_string();
            say!("confer: {}", (words.messages.fill_in)(&folder));
            code
        }
        Err(error) => {
            say!("{}{}", words.usage.error, error.said(settings.lang));
            ExitCode::from(1)
        }
    }
}
