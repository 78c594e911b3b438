pub fn strip_quoted_and_signature(body: &str) -> String {
    body.to_string()
}
