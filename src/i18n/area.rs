//! The macro that declares one area of the catalogue: its plain words (`&'static str`)
//! and its sentences and rules (fn pointers), so that the test of leaks can list the
//! plain words without a second list to keep in step.

/// `area! { pub struct Name { words { a, b } sentences { c: fn(usize) -> String } } }`
macro_rules! area {
    (
        $(#[$meta:meta])*
        pub struct $name:ident {
            words { $( $(#[$wmeta:meta])* $word:ident ),* $(,)? }
            $( sentences { $( $(#[$smeta:meta])* $sentence:ident : $ty:ty ),* $(,)? } )?
        }
    ) => {
        $(#[$meta])*
        pub struct $name {
            $( $(#[$wmeta])* pub $word: &'static str, )*
            $( $( $(#[$smeta])* pub $sentence: $ty, )* )?
        }

        impl $name {
            /// Every plain word of this area, for the test that no word of one language
            /// shows under another.
            pub fn plain_words(&self) -> Vec<&'static str> {
                vec![$(self.$word),*]
            }
        }
    };
}

pub(crate) use area;
