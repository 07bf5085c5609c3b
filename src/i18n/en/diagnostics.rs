//! Problems in content in English: the content crate's own words (the build script shows
//! them too), not a second copy.

use crate::content::diagnostic::Wording;
use crate::i18n::diagnostics::Diagnostics;

pub(crate) const DIAGNOSTICS: Diagnostics = Diagnostics {
    error: Wording::ENGLISH.error,
    warning: Wording::ENGLISH.warning,
    help: Wording::ENGLISH.help,
    note: Wording::ENGLISH.note,
    say: Wording::ENGLISH.say,
    more: Wording::ENGLISH.more,
    special: crate::content::diagnostic::special,
};
