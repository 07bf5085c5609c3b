//! `confer export`: the content as JSON or CSV, for the reader's own analysis.

use std::process::ExitCode;

use super::output::say;
use super::{ExportArgs, open_checked, output, report_errors};
use crate::content::Diagnostic;
use crate::settings::Settings;

/// `confer export`: exit 2 for options that do not go together or an unknown edition, 1
/// for content errors (exporting everything, also for an edition left out of the index,
/// as the data would otherwise be silently short); nothing is written then.
pub(super) fn export(args: &ExportArgs, settings: &Settings) -> ExitCode {
    use crate::export::{self, Exported, Failure};
    let target = match export::target(args.format, args.out.as_deref(), args.bom) {
        Ok(target) => target,
        Err(mismatch) => {
            let error = settings.lang.words().cli.usage.error;
            say!("{error}{}", mismatch.said(settings.lang));
            return ExitCode::from(2);
        }
    };
    let mut library = match open_checked(settings) {
        Ok(library) => library,
        Err(code) => return code,
    };
    let left_out = library.left_out();
    if args.editions.is_empty() && !left_out.is_empty() {
        report_errors(&library, &left_out, settings);
        return ExitCode::from(1);
    }
    let only = match export::choose(&library.index, &args.editions) {
        Ok(only) => only,
        Err(error) => return super::choice_failed(&error, settings.lang),
    };
    match export::export(&mut library, only.as_deref(), &target) {
        Ok(Exported::Json(json)) => output::stdout(json.as_bytes()),
        Ok(Exported::Csv(dir, files)) => {
            let wrote = settings.lang.words().cli.messages.wrote_files;
            say!("confer: {}", wrote(files.len(), &dir.display().to_string()));
            ExitCode::SUCCESS
        }
        Err(Failure::Content(errors)) => {
            let errors: Vec<&Diagnostic> = errors.iter().collect();
            report_errors(&library, &errors, settings);
            ExitCode::from(1)
        }
        Err(Failure::Other(message)) => {
            say!("error: {message}");
            ExitCode::from(1)
        }
    }
}
