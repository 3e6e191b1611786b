//! The one place YAML is parsed (through `yaml_serde`, the maintained continuation of
//! serde_yaml), so a later swap of the YAML crate touches one file.

pub use yaml_serde::Value;

/// Parses YAML text into `T`.
///
/// # Errors
/// The parser's message when the text is not valid YAML for `T`.
pub fn from_str<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, String> {
    yaml_serde::from_str(text).map_err(|e| e.to_string())
}
