//! A table's keys as the loader reads them: each checked against its declaration, and in
//! debug builds every declared key asked about before the table closes.

use std::ops::Range;

use crate::fields::{FieldKind, FieldSpec};

use super::{Expecting, Fields, Value};

impl<'a, 'i> Fields<'a, 'i> {
    pub fn get(&self, key: &str) -> Option<&'a Value<'i>> {
        self.table.get(key)
    }

    /// The kind `fields.rs` declares `key` to be in this table.
    pub fn kind(&self, key: &str) -> Option<FieldKind> {
        self.field(key).map(|f| f.kind)
    }

    /// The declaration of `key`, noted as asked about.
    pub(super) fn field(&self, key: &str) -> Option<&'static FieldSpec> {
        let at = self.spec.fields.iter().position(|f| f.key == key)?;
        self.asked.set(self.asked.get() | 1 << at);
        self.spec.fields.get(at)
    }

    /// How `key` is declared, checking (in debug builds) that the loader reads it as
    /// required or optional as `fields.rs` says.
    pub(super) fn declared(&self, key: &str, required: bool) -> Option<Expecting> {
        let field = self.field(key);
        debug_assert!(
            field.is_some_and(|f| f.required == required),
            "the loader reads '{key}' in {} as {}, but src/content/fields.rs {}: correct one \
             or the other",
            self.what,
            if required { "required" } else { "optional" },
            match field {
                None => "does not declare it in that table".to_string(),
                Some(f) if f.required => "declares it required".to_string(),
                Some(_) => "declares it optional".to_string(),
            },
        );
        field.map(|f| Expecting {
            key: f.key,
            what: self.what,
            kind: f.kind,
        })
    }

    pub fn span(&self) -> Range<usize> {
        self.span.clone()
    }

    /// For a part of a file whose other keys are read with another part: none is unread.
    pub fn read_elsewhere(&self) {
        self.asked.set(u64::MAX);
    }
}

impl Drop for Fields<'_, '_> {
    /// Debug builds: every key `fields.rs` declares in the table was read (the format
    /// version is read before the table is opened).
    fn drop(&mut self) {
        if !cfg!(debug_assertions) || std::thread::panicking() {
            return;
        }
        let asked = self.asked.get();
        let unread: Vec<&str> = (self.spec.fields.iter().enumerate())
            .filter(|(at, f)| asked & 1 << at == 0 && !matches!(f.kind, FieldKind::Version(_)))
            .map(|(_, f)| f.key)
            .collect();
        assert!(
            unread.is_empty(),
            "src/content/fields.rs declares {unread:?} in {}, but the loader never reads it: \
             read it, or remove it from there",
            self.what
        );
    }
}
