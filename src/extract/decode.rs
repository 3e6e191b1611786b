//! Bytes to text: BOMs, UTF-16, invalid UTF-8 read as Windows-1252, NUL bytes, binary
//! detection, and line endings (CRLF and lone CR become LF).

use crate::model::{Reject, RejectReason};

/// Decoded text and how it was decoded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    /// The text with LF line endings and no BOM.
    pub text: String,
    /// The encoding it was read as (`utf-8`, `utf-8-bom`, `utf-16le`, `utf-16be`, `windows-1252`).
    pub encoding: &'static str,
    /// NUL characters removed from otherwise textual content.
    pub nul_removed: usize,
    /// Line endings that were rewritten (`crlf`, `cr`), if any.
    pub line_endings: Option<&'static str>,
}

/// Decodes a file's bytes to normalized text.
///
/// # Errors
/// A [`Reject`] with `empty` for empty or whitespace-only content and `not_text` for binary
/// content.
pub fn decode(bytes: &[u8]) -> Result<Decoded, Reject> {
    decode_owned(bytes.to_vec())
}

/// Like [`decode`], taking the bytes: valid UTF-8 without a BOM (the common case) becomes the
/// text without a copy.
///
/// # Errors
/// As [`decode`].
pub fn decode_owned(bytes: Vec<u8>) -> Result<Decoded, Reject> {
    if bytes.is_empty() {
        return Err(Reject::new(RejectReason::Empty, "file is empty (0 bytes)"));
    }
    let (mut text, encoding) = to_string(bytes)?;
    let nul_removed = check_binary(&mut text)?;
    let line_endings = normalize_newlines(&mut text);
    if text.trim().is_empty() {
        return Err(Reject::new(
            RejectReason::Empty,
            "file holds only whitespace",
        ));
    }
    Ok(Decoded {
        text,
        encoding,
        nul_removed,
        line_endings,
    })
}

fn to_string(bytes: Vec<u8>) -> Result<(String, &'static str), Reject> {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return Ok(match std::str::from_utf8(rest) {
            Ok(s) => (s.to_owned(), "utf-8-bom"),
            Err(_) => (cp1252(rest)?, "windows-1252"),
        });
    }
    if bytes.starts_with(b"\xFF\xFE") {
        return Ok((utf16(&bytes[2..], encoding_rs::UTF_16LE), "utf-16le"));
    }
    if bytes.starts_with(b"\xFE\xFF") {
        return Ok((utf16(&bytes[2..], encoding_rs::UTF_16BE), "utf-16be"));
    }
    if let Some(enc) = sniff_utf16(&bytes) {
        let name = if enc == encoding_rs::UTF_16LE {
            "utf-16le"
        } else {
            "utf-16be"
        };
        return Ok((utf16(&bytes, enc), name));
    }
    match String::from_utf8(bytes) {
        Ok(s) => Ok((s, "utf-8")),
        Err(e) => Ok((cp1252(e.as_bytes())?, "windows-1252")),
    }
}

fn utf16(bytes: &[u8], enc: &'static encoding_rs::Encoding) -> String {
    enc.decode_without_bom_handling(bytes).0.into_owned()
}

/// UTF-16 without a BOM: ASCII text then has a NUL in nearly every other byte.
fn sniff_utf16(bytes: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    let head = &bytes[..bytes.len().min(4096) & !1];
    if head.len() < 8 || memchr::memchr(0, head).is_none() {
        return None;
    }
    let pairs = head.len() / 2;
    let even = head.iter().step_by(2).filter(|&&b| b == 0).count();
    let odd = head.iter().skip(1).step_by(2).filter(|&&b| b == 0).count();
    if odd * 10 >= pairs * 7 && even * 20 <= pairs {
        Some(encoding_rs::UTF_16LE)
    } else if even * 10 >= pairs * 7 && odd * 20 <= pairs {
        Some(encoding_rs::UTF_16BE)
    } else {
        None
    }
}

fn cp1252(bytes: &[u8]) -> Result<String, Reject> {
    // Text in a single-byte encoding has a small share of high bytes; random or compressed
    // binary has about half.
    let sample = &bytes[..bytes.len().min(8192)];
    let high = sample.iter().filter(|&&b| b >= 0x80).count();
    if high * 10 > sample.len() * 3 {
        return Err(Reject::new(
            RejectReason::NotText,
            format!(
                "binary content: {high} of the first {} bytes are not ASCII and not UTF-8",
                sample.len()
            ),
        ));
    }
    Ok(encoding_rs::WINDOWS_1252
        .decode_without_bom_handling(bytes)
        .0
        .into_owned())
}

/// Rejects binary content; strips a few stray NULs from text and returns how many. Counts
/// on bytes: C0 controls other than tab, LF, CR and form feed, DEL, C1 controls (`C2 80`..`C2 9F`)
/// and replacement characters.
fn check_binary(text: &mut String) -> Result<usize, Reject> {
    // Binary files show it at once: judge on the first 8 KiB (as git does), NULs everywhere.
    let all = text.as_bytes();
    let b = &all[..text.floor_char_boundary(8192)];
    let nul = memchr::memchr_iter(0, all).count();
    let below_space = count_bytes(b, |c| c < 0x20 || c == 0x7f);
    let allowed = count_bytes(b, |c| matches!(c, b'\n' | b'\r' | b'\t' | 0x0c | 0));
    let continuation = count_bytes(b, |c| c.wrapping_sub(0x80) < 0x40);
    let c0 = below_space - allowed;
    let c1 = memchr::memchr_iter(0xC2, b)
        .filter(|&i| b.get(i + 1).is_some_and(|n| (0x80..=0x9F).contains(n)))
        .count();
    let replacement = memchr::memmem::find_iter(b, "\u{FFFD}".as_bytes()).count();
    let control = c0 + c1 + replacement;
    let total = b.len() - continuation;
    let sample_nul = memchr::memchr_iter(0, b).count();
    if (sample_nul + control) * 100 > total.max(1) * 2
        || nul * 100 > all.len() * 2
        || (nul > 0 && total < 64)
    {
        return Err(Reject::new(
            RejectReason::NotText,
            format!("binary content: {nul} NUL and {control} other control characters in {total}"),
        ));
    }
    if nul > 0 {
        text.retain(|c| c != '\0');
    }
    Ok(nul)
}

/// How many bytes of `b` satisfy `pred`: byte-wide sums over blocks of 255 (which cannot
/// overflow), a shape the compiler turns into vector adds.
fn count_bytes(b: &[u8], pred: impl Fn(u8) -> bool + Copy) -> usize {
    b.chunks(255)
        .map(|block| {
            usize::from(
                block
                    .iter()
                    .fold(0u8, |acc, &c| acc.wrapping_add(u8::from(pred(c)))),
            )
        })
        .sum()
}

fn normalize_newlines(text: &mut String) -> Option<&'static str> {
    memchr::memchr(b'\r', text.as_bytes())?;
    let crlf = text.contains("\r\n");
    let replaced = text.replace("\r\n", "\n");
    let lone_cr = replaced.contains('\r');
    *text = if lone_cr {
        replaced.replace('\r', "\n")
    } else {
        replaced
    };
    Some(if crlf && !lone_cr { "crlf" } else { "cr" })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_bom_and_crlf() {
        let d = decode(b"\xEF\xBB\xBFHello\r\nworld\r\n").unwrap();
        assert_eq!(d.text, "Hello\nworld\n");
        assert_eq!(d.encoding, "utf-8-bom");
        assert_eq!(d.line_endings, Some("crlf"));
    }

    #[test]
    fn lone_cr() {
        let d = decode(b"one\rtwo\r").unwrap();
        assert_eq!(d.text, "one\ntwo\n");
        assert_eq!(d.line_endings, Some("cr"));
    }

    #[test]
    fn utf16_with_and_without_bom() {
        let le: Vec<u8> = "\u{feff}Caf\u{e9} review text"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        let d = decode(&le).unwrap();
        assert_eq!(
            (d.text.as_str(), d.encoding),
            ("Caf\u{e9} review text", "utf-16le")
        );
        let be: Vec<u8> = "Plain review text here"
            .encode_utf16()
            .flat_map(u16::to_be_bytes)
            .collect();
        let d = decode(&be).unwrap();
        assert_eq!(
            (d.text.as_str(), d.encoding),
            ("Plain review text here", "utf-16be")
        );
    }

    #[test]
    fn invalid_utf8_is_windows_1252() {
        let d = decode(b"Jos\xe9 Mu\xf1oz\x92s film").unwrap();
        assert_eq!(d.text, "Jos\u{e9} Mu\u{f1}oz\u{2019}s film");
        assert_eq!(d.encoding, "windows-1252");
    }

    #[test]
    fn binary_and_empty_are_rejected() {
        let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0\x1f\xf3\xffa";
        assert_eq!(decode(png).unwrap_err().reason, RejectReason::NotText);
        assert_eq!(decode(b"").unwrap_err().reason, RejectReason::Empty);
        assert_eq!(
            decode(b" \n\t\r\n").unwrap_err().reason,
            RejectReason::Empty
        );
    }

    #[test]
    fn stray_nul_in_long_text_is_removed() {
        let mut bytes = "A long enough review text. ".repeat(20).into_bytes();
        bytes.insert(30, 0);
        let d = decode(&bytes).unwrap();
        assert_eq!(d.nul_removed, 1);
        assert!(!d.text.contains('\0'));
    }
}
