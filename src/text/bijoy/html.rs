//! Converting the text of HTML elements set in a Bijoy (…MJ) font.

use super::glyphs::fold_c1;
use super::*;

/// Is a CSS `font-family` value / `face` attribute a Bijoy (…MJ) font?
/// Only the first family counts (it is the one that rendered the text).
fn is_mj_font(value: &str) -> bool {
    let first = value.split(',').next().unwrap_or("");
    let name = first
        .trim()
        .trim_matches(|c| c == '\'' || c == '"' || c == '\\')
        .trim();
    let lower = name.to_ascii_lowercase();
    lower.ends_with("mj") || lower.ends_with("mj bold") || lower == "sutonny"
}

/// Returns Some(true/false) if the tag sets a font, None if it does not.
fn tag_font(tag: &str) -> Option<bool> {
    let lower = tag.to_ascii_lowercase();
    let mut res = None;
    // face="…"
    if let Some(p) = find_attr(&lower, "face") {
        res = Some(is_mj_font(attr_value(&tag[p..])));
    }
    // style="…font-family: X…"
    if let Some(p) = find_attr(&lower, "style") {
        let style = attr_value(&tag[p..]);
        let sl = style.to_ascii_lowercase();
        let mut from = 0;
        while let Some(q) = sl[from..].find("font-family") {
            let q = from + q;
            let prop_start = sl[..q].rfind([';', '{']).map(|x| x + 1).unwrap_or(0);
            let prop = sl[prop_start..q].trim();
            let is_plain = prop.is_empty() || prop == "mso-ascii-";
            if let Some(colon) = style[q..].find(':') {
                let vstart = q + colon + 1;
                let vend = style[vstart..]
                    .find(';')
                    .map(|x| vstart + x)
                    .unwrap_or(style.len());
                if is_plain || prop.starts_with("mso-ascii") {
                    let v = is_mj_font(&style[vstart..vend]);
                    res = Some(res.unwrap_or(false) || v);
                }
                from = vend.min(sl.len());
            } else {
                break;
            }
        }
    }
    res
}

/// Byte offset just after `name=` of an attribute, if present.
fn find_attr(lower_tag: &str, name: &str) -> Option<usize> {
    let b = lower_tag.as_bytes();
    let mut from = 0;
    while let Some(p) = lower_tag[from..].find(name) {
        let p = from + p;
        let before_ok =
            p > 0 && (b[p - 1].is_ascii_whitespace() || b[p - 1] == b'"' || b[p - 1] == b'\'');
        let mut q = p + name.len();
        while q < b.len() && b[q].is_ascii_whitespace() {
            q += 1;
        }
        if before_ok && q < b.len() && b[q] == b'=' {
            q += 1;
            while q < b.len() && b[q].is_ascii_whitespace() {
                q += 1;
            }
            return Some(q);
        }
        from = p + name.len();
    }
    None
}

fn attr_value(s: &str) -> &str {
    let mut it = s.chars();
    match it.next() {
        Some(q @ ('"' | '\'')) => {
            let rest = &s[1..];
            &rest[..rest.find(q).unwrap_or(rest.len())]
        }
        _ => {
            &s[..s
                .find(|c: char| c.is_whitespace() || c == '>')
                .unwrap_or(s.len())]
        }
    }
}

const VOID_TAGS: &[&str] = &[
    "br", "img", "meta", "hr", "input", "link", "area", "base", "col", "wbr", "source",
];

/// Named entities: all of Latin-1 (U+00A0–U+00FF, in order) plus the
/// windows-1252 extras, which is every char a SutonnyMJ span can contain.
const LATIN1_ENTITIES: [&str; 96] = [
    "nbsp", "iexcl", "cent", "pound", "curren", "yen", "brvbar", "sect", "uml", "copy", "ordf",
    "laquo", "not", "shy", "reg", "macr", "deg", "plusmn", "sup2", "sup3", "acute", "micro",
    "para", "middot", "cedil", "sup1", "ordm", "raquo", "frac14", "frac12", "frac34", "iquest",
    "Agrave", "Aacute", "Acirc", "Atilde", "Auml", "Aring", "AElig", "Ccedil", "Egrave", "Eacute",
    "Ecirc", "Euml", "Igrave", "Iacute", "Icirc", "Iuml", "ETH", "Ntilde", "Ograve", "Oacute",
    "Ocirc", "Otilde", "Ouml", "times", "Oslash", "Ugrave", "Uacute", "Ucirc", "Uuml", "Yacute",
    "THORN", "szlig", "agrave", "aacute", "acirc", "atilde", "auml", "aring", "aelig", "ccedil",
    "egrave", "eacute", "ecirc", "euml", "igrave", "iacute", "icirc", "iuml", "eth", "ntilde",
    "ograve", "oacute", "ocirc", "otilde", "ouml", "divide", "oslash", "ugrave", "uacute", "ucirc",
    "uuml", "yacute", "thorn", "yuml",
];

fn entity(name: &str) -> Option<char> {
    if let Some(num) = name.strip_prefix('#') {
        let v = if let Some(h) = num.strip_prefix(['x', 'X']) {
            u32::from_str_radix(h, 16).ok()?
        } else {
            num.parse::<u32>().ok()?
        };
        return char::from_u32(v).map(fold_c1);
    }
    if let Some(i) = LATIN1_ENTITIES.iter().position(|&e| e == name) {
        return char::from_u32(0xA0 + i as u32);
    }
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "euro" => '€',
        "sbquo" => '‚',
        "fnof" => 'ƒ',
        "bdquo" => '„',
        "hellip" => '…',
        "dagger" => '†',
        "Dagger" => '‡',
        "circ" => 'ˆ',
        "permil" => '‰',
        "Scaron" => 'Š',
        "lsaquo" => '‹',
        "OElig" => 'Œ',
        "lsquo" => '‘',
        "rsquo" => '’',
        "ldquo" => '“',
        "rdquo" => '”',
        "bull" => '•',
        "ndash" => '–',
        "mdash" => '—',
        "tilde" => '˜',
        "trade" => '™',
        "scaron" => 'š',
        "rsaquo" => '›',
        "oelig" => 'œ',
        "Yuml" => 'Ÿ',
        _ => return None,
    })
}

fn decode_entities(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(p) = rest.find('&') {
        out.push_str(&rest[..p]);
        let after = &rest[p + 1..];
        let semi = after.find(';').filter(|&k| k <= 10);
        match semi.and_then(|k| entity(&after[..k]).map(|c| (k, c))) {
            Some((k, c)) => {
                out.push(if c == '\u{00A0}' { ' ' } else { c });
                rest = &after[k + 1..];
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

fn escape_html(s: &str, out: &mut String) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            _ => out.push(c),
        }
    }
}

/// Convert the text inside elements whose `font-family` (or `<font face>`)
/// is a …MJ (Bijoy) font; everything else is copied unchanged. A simple tag
/// scanner: comments, `<script>` and `<style>` are skipped. Returns `None`
/// if no MJ-font text was found.
pub fn convert_font_spans(html: &str) -> Option<String> {
    let mut out = String::with_capacity(html.len() * 2);
    let mut stack: Vec<(String, Option<bool>)> = Vec::new();
    let mut converted = false;
    let mut i = 0;
    let b = html.as_bytes();
    let mj_now = |stack: &Vec<(String, Option<bool>)>| {
        stack.iter().rev().find_map(|(_, f)| *f).unwrap_or(false)
    };
    while i < html.len() {
        if b[i] == b'<' {
            // comment
            if html[i..].starts_with("<!--") {
                let end = html[i..]
                    .find("-->")
                    .map(|k| i + k + 3)
                    .unwrap_or(html.len());
                out.push_str(&html[i..end]);
                i = end;
                continue;
            }
            let end = match html[i..].find('>') {
                Some(k) => i + k + 1,
                None => {
                    out.push_str(&html[i..]);
                    break;
                }
            };
            let tag = &html[i..end];
            out.push_str(tag);
            i = end;
            let inner = tag[1..tag.len() - 1].trim();
            if let Some(name) = inner.strip_prefix('/') {
                let name = name.trim().to_ascii_lowercase();
                if let Some(pos) = stack.iter().rposition(|(n, _)| *n == name) {
                    stack.truncate(pos);
                }
                continue;
            }
            if inner.starts_with('!') || inner.starts_with('?') {
                continue;
            }
            let name: String = inner
                .split(|c: char| c.is_whitespace() || c == '/')
                .next()
                .unwrap_or("")
                .to_ascii_lowercase();
            if name == "script" || name == "style" {
                let close = format!("</{name}");
                let lower_rest = html[i..].to_ascii_lowercase();
                let k = lower_rest.find(&close).unwrap_or(html.len() - i);
                out.push_str(&html[i..i + k]);
                i += k;
                continue;
            }
            if VOID_TAGS.contains(&name.as_str()) || inner.ends_with('/') {
                continue;
            }
            stack.push((name, tag_font(tag)));
            continue;
        }
        let end = html[i..].find('<').map(|k| i + k).unwrap_or(html.len());
        let text = &html[i..end];
        if mj_now(&stack) && !text.trim().is_empty() {
            let decoded = decode_entities(text);
            escape_html(&to_unicode(&decoded), &mut out);
            converted = true;
        } else {
            out.push_str(text);
        }
        i = end;
    }
    if converted { Some(out) } else { None }
}
