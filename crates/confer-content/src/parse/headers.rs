//! Where a file's tables start: every header (`[key]`, `[key.sub]`, `[[key]]`) at the start
//! of a line and outside any value, string or comment, found by one pass over the bytes
//! (the parser's lexer took a tenth of a large folder's reading for this alone).
//!
//! A header found where there is none (inside a string this scan misread) cannot change
//! what is read: the part before it then holds an unclosed string or bracket, the parser
//! refuses that part, and the file is read whole.

/// A header of the file.
pub(super) struct Header<'i> {
    pub start: usize,
    pub array: bool,
    pub key: &'i str,
    pub sub: Option<&'i str>,
}

/// Every header of `text`, or `None` for a header content files do not have (a quoted or
/// deeper key) or text that does not scan (an unclosed string or bracket).
pub(super) fn headers(text: &str) -> Option<Vec<Header<'_>>> {
    let bytes = text.as_bytes();
    let mut headers = Vec::new();
    // Brackets and braces open in a value: a `[` there starts an array, not a header.
    let mut depth = 0usize;
    let mut line_start = true;
    let mut at = 0;
    while at < bytes.len() {
        match bytes[at] {
            b'\n' => {
                line_start = line_start || depth == 0;
                at += 1;
            }
            b' ' | b'\t' | b'\r' => at += 1,
            b'#' => at = line_end(bytes, at),
            b'"' | b'\'' => {
                at = string_end(bytes, at)?;
                line_start = false;
            }
            b'[' if depth == 0 && line_start => {
                let (found, end) = header(text, at)?;
                headers.push(found);
                at = end;
                line_start = false;
            }
            b'[' | b'{' => {
                depth += 1;
                line_start = false;
                at += 1;
            }
            b']' | b'}' => {
                depth = depth.checked_sub(1)?;
                line_start = false;
                at += 1;
            }
            _ => {
                line_start = false;
                at += 1;
            }
        }
    }
    (depth == 0).then_some(headers)
}

/// The header at `at` and where it ends.
fn header(text: &str, at: usize) -> Option<(Header<'_>, usize)> {
    let bytes = text.as_bytes();
    let array = bytes.get(at + 1) == Some(&b'[');
    let mut cursor = at + if array { 2 } else { 1 };
    let mut path: Vec<&str> = Vec::new();
    loop {
        match *bytes.get(cursor)? {
            b' ' | b'\t' | b'.' => cursor += 1,
            b']' => break,
            b if is_bare(b) => {
                let start = cursor;
                while bytes.get(cursor).copied().is_some_and(is_bare) {
                    cursor += 1;
                }
                path.push(&text[start..cursor]);
            }
            _ => return None,
        }
    }
    cursor += 1;
    if array {
        if bytes.get(cursor) != Some(&b']') {
            return None;
        }
        cursor += 1;
    }
    let (key, sub) = match (array, path.as_slice()) {
        (_, [key]) => (*key, None),
        (false, [key, sub]) => (*key, Some(*sub)),
        _ => return None,
    };
    let header = Header {
        start: at,
        array,
        key,
        sub,
    };
    Some((header, cursor))
}

/// A byte of a bare key.
pub(super) fn is_bare(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b == b'-'
}

/// Where the line holding `at` ends: at its `\n`, or the end of the text.
fn line_end(bytes: &[u8], at: usize) -> usize {
    bytes[at..]
        .iter()
        .position(|&b| b == b'\n')
        .map_or(bytes.len(), |n| at + n)
}

/// Just past the string that opens at `at` (basic or literal, one line or several); `None`
/// when it is not closed.
fn string_end(bytes: &[u8], at: usize) -> Option<usize> {
    let quote = bytes[at];
    let escapes = quote == b'"';
    let multi = bytes.get(at + 1) == Some(&quote) && bytes.get(at + 2) == Some(&quote);
    if !multi && bytes.get(at + 1) == Some(&quote) {
        return Some(at + 2);
    }
    let mut cursor = at + if multi { 3 } else { 1 };
    loop {
        let b = *bytes.get(cursor)?;
        if escapes && b == b'\\' {
            cursor += 2;
        } else if b == b'\n' && !multi {
            return None;
        } else if b == quote && !multi {
            return Some(cursor + 1);
        } else if b == quote
            && bytes.get(cursor + 1) == Some(&quote)
            && bytes.get(cursor + 2) == Some(&quote)
        {
            // Up to two more quotes close it too, as part of its text (`"""a"""""`).
            let mut end = cursor + 3;
            while end < cursor + 5 && bytes.get(end) == Some(&quote) {
                end += 1;
            }
            return Some(end);
        } else {
            cursor += 1;
        }
    }
}
