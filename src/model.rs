//! The records that flow between stages: what extract produces and transform consumes.

use std::fmt;

use crate::analyze::people::{CastMention, CrewMention};
use crate::analyze::rating::Rating;

/// The detected family of a source file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SourceFormat {
    /// Static-site post with YAML (`---`) or TOML (`+++`) front matter.
    FrontMatter,
    /// Blog-platform export as plain text (Medium-style).
    BlogExport,
    /// Text of a rendered review-site page.
    ScrapedPage,
    /// Plain prose with no metadata block.
    Prose,
    /// Magazine or newspaper syndication.
    Magazine,
    /// An HTML page (JSON-LD, `<meta>` tags and the article's text).
    Html,
}

impl SourceFormat {
    /// The family name written to `source_format`.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Self::FrontMatter => "front_matter",
            Self::BlogExport => "blog_export",
            Self::ScrapedPage => "scraped_page",
            Self::Prose => "prose",
            Self::Magazine => "magazine",
            Self::Html => "html",
        }
    }
}

impl fmt::Display for SourceFormat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Where in the decoded text a field was found: a byte range of the text.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Evidence {
    /// The `reviews` column the evidence supports.
    pub field: &'static str,
    /// Start byte offset in the decoded, LF-normalized text.
    pub start: usize,
    /// End byte offset (exclusive).
    pub end: usize,
}

/// One review as extracted from a file, before normalization.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct RawReview {
    /// Index of the record inside the file (0 for one-review files).
    pub source_record: i32,
    /// The detected family.
    pub format: Option<SourceFormat>,
    /// The film as the review states it.
    pub film_title: Option<String>,
    /// The film's year when stated.
    pub film_year: Option<i32>,
    /// The review's own title.
    pub headline: Option<String>,
    /// The reviewer.
    pub author: Option<String>,
    /// The outlet.
    pub publication: Option<String>,
    /// Publication date, days since 1970-01-01.
    pub published_date: Option<i32>,
    /// Canonical or source URL.
    pub url: Option<String>,
    /// The rating as written, parsed but not yet normalized.
    pub rating: Option<Rating>,
    /// A verdict word or phrase.
    pub verdict: Option<String>,
    /// Running time in minutes.
    pub runtime_minutes: Option<i32>,
    /// Directors, in the order stated.
    pub directors: Vec<String>,
    /// The review text, boilerplate removed.
    pub body: String,
    /// Words in `body`.
    pub word_count: i32,
    /// Every source field kept as found.
    pub metadata: serde_json::Map<String, serde_json::Value>,
    /// Cast mentions (filled by the people finder after extraction).
    #[serde(skip)]
    pub cast: Vec<CastMention>,
    /// Crew mentions (filled by the people finder after extraction).
    #[serde(skip)]
    pub crew: Vec<CrewMention>,
    /// Cast listed outside the prose but never named in it (actor, character).
    #[serde(skip)]
    pub credited: Vec<(String, Option<String>)>,
    /// Evidence for each extracted field (byte ranges of the decoded text).
    #[serde(skip)]
    pub evidence: Vec<Evidence>,
}

impl RawReview {
    /// A review of the given family with everything else empty.
    #[must_use]
    pub fn new(format: SourceFormat) -> Self {
        Self {
            format: Some(format),
            ..Self::default()
        }
    }

    /// Records where `field` came from.
    pub fn cite(&mut self, field: &'static str, span: std::ops::Range<usize>) {
        self.evidence.push(Evidence {
            field,
            start: span.start,
            end: span.end,
        });
    }

    /// Keeps a source field as found in `metadata`.
    pub fn keep(&mut self, key: &str, value: impl Into<serde_json::Value>) {
        self.metadata.insert(key.to_owned(), value.into());
    }
}

/// Why a file or record did not become a review.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RejectReason {
    /// The file could not be opened or read.
    Unreadable,
    /// Not a regular file (FIFO, socket, device, link to a folder).
    NotRegular,
    /// Binary content, not text.
    NotText,
    /// Larger than the configured size limit.
    TooLarge,
    /// Empty or whitespace only.
    Empty,
    /// Front matter that is unterminated or does not parse.
    BadFrontMatter,
    /// Text, but not a film review.
    NotAReview,
    /// Same content as a review already seen in this run.
    Duplicate,
    /// A family reviewpipe recognizes but does not read yet (CSV/TSV, JSON exports).
    Unsupported,
    /// The extractor failed on this file (a bug in reviewpipe, reported instead of a crash).
    Internal,
}

impl RejectReason {
    /// The reason code written to `rejects.reason`.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Unreadable => "unreadable",
            Self::NotRegular => "not_regular",
            Self::NotText => "not_text",
            Self::TooLarge => "too_large",
            Self::Empty => "empty",
            Self::BadFrontMatter => "bad_front_matter",
            Self::NotAReview => "not_a_review",
            Self::Duplicate => "duplicate",
            Self::Unsupported => "unsupported_format",
            Self::Internal => "internal_error",
        }
    }
}

impl fmt::Display for RejectReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A file (or record) that did not become a review, and why.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Reject {
    /// The reason code.
    pub reason: RejectReason,
    /// A human-readable explanation (lowercase, no trailing period).
    pub message: String,
}

impl Reject {
    /// A reject with a reason and a message.
    pub fn new(reason: RejectReason, message: impl Into<String>) -> Self {
        Self {
            reason,
            message: message.into(),
        }
    }
}

/// A review ready for the `reviews` table: the extracted review plus where it came from.
#[derive(Debug, Clone)]
pub struct ReviewRecord {
    /// 16 hex chars from the review's content.
    pub review_id: String,
    /// Path relative to its input root.
    pub source_path: std::sync::Arc<str>,
    /// Size of the source file.
    pub source_bytes: u64,
    /// Hash of the source file's bytes.
    pub source_hash: std::sync::Arc<str>,
    /// How the file was decoded.
    pub source_encoding: &'static str,
    /// The review itself.
    pub review: RawReview,
}

/// A row of the `rejects` table.
#[derive(Debug, Clone)]
pub struct RejectRecord {
    /// Path relative to its input root.
    pub source_path: std::sync::Arc<str>,
    /// Record index inside the file (0 for whole files).
    pub source_record: i32,
    /// Why.
    pub reject: Reject,
    /// Size of the file.
    pub bytes: u64,
    /// The family, when detection got that far.
    pub source_format: Option<SourceFormat>,
    /// Hash of the file's bytes, when it was read.
    pub source_hash: Option<std::sync::Arc<str>>,
}
