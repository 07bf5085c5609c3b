//! The interface in Japanese: one file per area.

mod labels;

use super::Words;

pub static WORDS: Words = Words {
    labels: labels::LABELS,
};
