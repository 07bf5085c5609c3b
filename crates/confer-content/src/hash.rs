//! The hash maps that content is keyed in (ids, names, tags): foldhash, the hasher hashbrown
//! itself defaults to. It hashes short ids several times faster than the standard library's
//! SipHash (hashing was a twelfth of reading an edition), and is still seeded afresh in
//! every process, so a hostile file cannot choose ids that collide.

pub type HashMap<K, V> = std::collections::HashMap<K, V, foldhash::fast::RandomState>;
pub type HashSet<T> = std::collections::HashSet<T, foldhash::fast::RandomState>;
