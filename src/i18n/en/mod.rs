//! The interface in English: one file per area.

mod labels;

use super::Words;

pub static WORDS: Words = Words {
    labels: labels::LABELS,
};
