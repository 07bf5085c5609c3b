//! What went wrong, in the reader's words: clap's usage errors said anew from their kind and
//! context (English stays clap's own), and why the editions typed name no pair.

use clap::Command;
use clap::error::{ContextKind, ContextValue, ErrorKind};

use std::error::Error as _;

use crate::i18n::Lang;
use crate::i18n::cli::UsageErrors;

/// A usage error clap found, said in the catalogue's words: what is wrong, the hint clap
/// had (the values there are, the option meant), the usage line, and where to read more.
pub fn usage_error(error: &clap::Error, lang: Lang, command: &Command) -> String {
    let words = &lang.words().cli;
    let u = &words.usage;
    let text = |kind| context_text(error, kind);
    let many = |kind| context_many(error, kind);
    let arg = text(ContextKind::InvalidArg).unwrap_or_default();
    let mut lines = vec![what_is_wrong(error, u, &arg)];
    // A value its parser refused (`--width 5`): what the option takes, from its help.
    if error.kind() == ErrorKind::ValueValidation
        && let Some((option, help)) = option_help(command, &arg)
    {
        lines.push((u.option_takes)(&option, &help));
    }
    // Why confer's own parser refused the value, where it says so in the reader's words.
    if let Some(why) = error.source().and_then(|e| refused(e, lang)) {
        lines.insert(1, why);
    }
    let valid = many(ContextKind::ValidValue);
    if !valid.is_empty() {
        let valid: Vec<&str> = valid.iter().map(String::as_str).collect();
        lines.push((u.valid_values)(&valid));
    }
    for kind in [ContextKind::SuggestedValue, ContextKind::SuggestedArg] {
        if let Some(meant) = text(kind) {
            lines.push((u.did_you_mean)(&meant));
        }
    }
    if let Some(meant) = text(ContextKind::SuggestedSubcommand) {
        lines.push((u.did_you_mean)(&meant));
    }
    // clap's other tips come only as its English sentences: each is one of two, told apart
    // by its start ("to pass '--x' as a value…", or "'check --strict' exists").
    if let Some(ContextValue::StyledStrs(tips)) = error.get(ContextKind::Suggested) {
        for tip in tips.iter().map(ToString::to_string) {
            if tip.starts_with("to pass ") {
                lines.push((u.as_value)(&arg));
            } else if let Some(meant) = tip.split('\'').nth(1) {
                lines.push((u.did_you_mean)(meant));
            }
        }
    }
    let mut out = format!("{}{}", u.error, lines.join("\n  "));
    if let Some(ContextValue::StyledStr(usage)) = error.get(ContextKind::Usage) {
        let usage = usage.to_string();
        let line = usage.split_once(':').map_or(usage.as_str(), |(_, l)| l);
        out.push_str(&format!("\n\n{}", (words.help.usage_line)(line.trim())));
    }
    out.push_str(&format!("\n\n{}\n", u.more));
    out
}

/// A value of the error's context as one text (several joined by commas).
fn context_text(error: &clap::Error, kind: ContextKind) -> Option<String> {
    match error.get(kind) {
        Some(ContextValue::String(value)) => Some(value.clone()),
        Some(ContextValue::Strings(values)) => Some(values.join(", ")),
        _ => None,
    }
}

/// The values of the error's context, each apart.
fn context_many(error: &clap::Error, kind: ContextKind) -> Vec<String> {
    match error.get(kind) {
        Some(ContextValue::Strings(values)) => values.clone(),
        Some(ContextValue::String(value)) => vec![value.clone()],
        _ => Vec::new(),
    }
}

/// The first line of a usage error: what is wrong, by the error's kind.
fn what_is_wrong(error: &clap::Error, u: &UsageErrors, arg: &str) -> String {
    let text = |kind| context_text(error, kind);
    let many = |kind| context_many(error, kind);
    let value = text(ContextKind::InvalidValue).unwrap_or_default();
    let arg = arg.to_string();
    match error.kind() {
        ErrorKind::InvalidValue | ErrorKind::ValueValidation if value.is_empty() => {
            (u.missing_value)(&arg)
        }
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => (u.invalid_value)(&value, &arg),
        ErrorKind::UnknownArgument => (u.unknown_argument)(&arg),
        ErrorKind::InvalidSubcommand => (u.unknown_command)(&arg),
        ErrorKind::NoEquals => (u.needs_equals)(&arg),
        ErrorKind::TooManyValues => (u.too_many_values)(&value, &arg),
        ErrorKind::ArgumentConflict => {
            let other = text(ContextKind::PriorArg).unwrap_or_default();
            (u.conflict)(&arg, &other)
        }
        ErrorKind::MissingRequiredArgument => {
            let missing = many(ContextKind::InvalidArg);
            let missing: Vec<&str> = missing.iter().map(String::as_str).collect();
            (u.missing_argument)(&missing)
        }
        ErrorKind::MissingSubcommand | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            u.missing_command.to_string()
        }
        ErrorKind::InvalidUtf8 => u.not_utf8.to_string(),
        _ => u.other.to_string(),
    }
}

/// What one of confer's own value parsers said when it refused a value, in `lang`.
fn refused(error: &(dyn std::error::Error + 'static), lang: Lang) -> Option<String> {
    if let Some(size) = error.downcast_ref::<crate::present::export::SizeError>() {
        return Some(size.said(lang));
    }
    let target = error.downcast_ref::<crate::scaffold::TargetError>()?;
    Some(target.said(lang))
}

/// The help of the option `spec` ("--width <WIDTH>") as written, in whichever command has it.
fn option_help(command: &Command, spec: &str) -> Option<(String, String)> {
    let long = spec.strip_prefix("--")?.split([' ', '=']).next()?;
    let found = command
        .get_arguments()
        .find(|arg| arg.get_long() == Some(long))
        .and_then(|arg| arg.get_help())
        .map(|help| (format!("--{long}"), help.to_string()));
    found.or_else(|| {
        command
            .get_subcommands()
            .find_map(|sub| option_help(sub, spec))
    })
}
