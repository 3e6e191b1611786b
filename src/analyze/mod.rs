//! Shared text analyzers that run on every body, whatever its family: the rating finder,
//! dates and running times, film titles, people's names, and boilerplate.

pub mod boilerplate;
pub mod dates;
pub mod directors;
pub mod lexicon;
pub mod names;
pub mod people;
pub mod rating;
pub mod title;
pub mod tokens;
