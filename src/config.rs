//! Configuration: what the pipeline does, from a YAML file (`--config`). `RawConfig` mirrors
//! the file; [`Config`] is validated and ready to run. Command-line flags override it.

use std::path::{Path, PathBuf};

use crate::error::Error;

/// The configuration file as written.
#[derive(Debug, Clone, Default, serde::Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawConfig {
    /// Files larger than this many bytes are rejected (`too_large`) without being read.
    pub max_file_bytes: Option<u64>,
    /// Files extracted per batch; memory is bounded by the batch.
    pub batch_size: Option<usize>,
    /// The run exits with code 1 when rejected files exceed this share of files found (0-1).
    pub max_reject_share: Option<f64>,
    /// Scales for bare-number ratings of particular sources, matched on the relative path.
    #[serde(default)]
    pub rating_scales: Vec<RatingScaleRule>,
    /// Find cast and crew (`cast_mentions`, `credits`); `false` writes those tables empty.
    pub find_cast: Option<bool>,
}

/// A per-source rating scale: bare numbers in files whose path contains `path_contains` are
/// on 0..`max`.
#[derive(Debug, Clone, PartialEq, serde::Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct RatingScaleRule {
    /// A substring of the file's path relative to its input root.
    pub path_contains: String,
    /// The top of the scale.
    pub max: f64,
}

/// Validated configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct Config {
    /// Size limit per file in bytes.
    pub max_file_bytes: u64,
    /// Files per batch.
    pub batch_size: usize,
    /// Reject share above which the run exits with 1.
    pub max_reject_share: f64,
    /// Per-source rating scales, first match wins.
    pub rating_scales: Vec<RatingScaleRule>,
    /// Whether the cast and crew finder runs.
    pub find_cast: bool,
}

impl Default for Config {
    fn default() -> Self {
        Self {
            max_file_bytes: 16 * 1024 * 1024,
            batch_size: 2048,
            max_reject_share: 0.25,
            rating_scales: Vec::new(),
            find_cast: true,
        }
    }
}

impl Config {
    /// Reads and validates a YAML configuration file.
    ///
    /// # Errors
    /// [`Error::Config`] naming the file when it cannot be read, parsed or validated.
    pub fn from_file(path: &Path) -> Result<Self, Error> {
        let bad = |message: String| Error::Config {
            path: path.to_owned(),
            message,
        };
        let text = fs_err::read_to_string(path).map_err(|e| bad(e.to_string()))?;
        let raw: RawConfig = crate::yaml::from_str(&text).map_err(bad)?;
        Self::try_from(raw).map_err(bad)
    }

    /// The declared scale for a bare-number rating in the file at `rel_path`.
    #[must_use]
    pub fn rating_scale_for(&self, rel_path: &str) -> Option<f64> {
        self.rating_scales
            .iter()
            .find(|r| rel_path.contains(&r.path_contains))
            .map(|r| r.max)
    }
}

impl TryFrom<RawConfig> for Config {
    type Error = String;

    fn try_from(raw: RawConfig) -> Result<Self, String> {
        let d = Self::default();
        let c = Self {
            max_file_bytes: raw.max_file_bytes.unwrap_or(d.max_file_bytes),
            batch_size: raw.batch_size.unwrap_or(d.batch_size),
            max_reject_share: raw.max_reject_share.unwrap_or(d.max_reject_share),
            rating_scales: raw.rating_scales,
            find_cast: raw.find_cast.unwrap_or(d.find_cast),
        };
        if c.max_file_bytes == 0 {
            return Err("max_file_bytes must be above 0".into());
        }
        if !(1..=1_000_000).contains(&c.batch_size) {
            return Err(format!(
                "batch_size must be 1..=1000000, got {}",
                c.batch_size
            ));
        }
        if !(0.0..=1.0).contains(&c.max_reject_share) {
            return Err(format!(
                "max_reject_share must be within 0..=1, got {}",
                c.max_reject_share
            ));
        }
        for r in &c.rating_scales {
            if !(r.max > 0.0 && r.max.is_finite()) || r.path_contains.is_empty() {
                return Err(format!(
                    "rating_scales: rule `{}` needs a non-empty path_contains and max above 0",
                    r.path_contains
                ));
            }
        }
        Ok(c)
    }
}

/// The bundled sample folder used when `run` gets no input.
#[must_use]
pub fn default_input() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("data")
        .join("samples")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn example_config_parses_and_validates() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("schemas/pipeline.example.yaml");
        let c = Config::from_file(&path).unwrap();
        assert_eq!(c.rating_scale_for("exports/letterboxd/x.md"), Some(5.0));
        assert_eq!(c.rating_scale_for("other/x.md"), None);
    }

    #[test]
    fn invalid_values_and_unknown_keys_are_refused() {
        let raw: RawConfig = crate::yaml::from_str("max_reject_share: 2").unwrap();
        assert!(Config::try_from(raw).is_err());
        assert!(crate::yaml::from_str::<RawConfig>("bogus: 1").is_err());
    }

    #[test]
    fn round_trips_through_yaml() {
        let raw = RawConfig {
            max_file_bytes: Some(10),
            batch_size: Some(5),
            max_reject_share: Some(0.5),
            rating_scales: vec![RatingScaleRule {
                path_contains: "a".into(),
                max: 4.0,
            }],
            find_cast: Some(false),
        };
        let text = yaml_serde::to_string(&raw).unwrap();
        let back: RawConfig = crate::yaml::from_str(&text).unwrap();
        assert_eq!(
            Config::try_from(back).unwrap(),
            Config::try_from(raw).unwrap()
        );
    }
}
