//! Reading the operator's files (the config file, office files, charter, keyword and example
//! lists, holidays, password files, CA files) with a size cap.
//!
//! These files are a few kilobytes (the largest shipped one, the classifier's examples, is
//! 64 KB); a path that names a device or a log by mistake (`--config /dev/zero`) must end in
//! a clear error, not in reading until memory runs out.

use std::io::Read;
use std::path::Path;

/// The most any such file may hold: 16 times the largest shipped one.
pub const MAX_BYTES: u64 = 1024 * 1024;

/// The whole file as bytes, or an error if it holds more than [`MAX_BYTES`].
pub fn read(path: &Path) -> std::io::Result<Vec<u8>> {
    let file = std::fs::File::open(path)?;
    let mut bytes = Vec::new();
    file.take(MAX_BYTES + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > MAX_BYTES {
        return Err(std::io::Error::new(
            std::io::ErrorKind::InvalidData,
            format!(
                "larger than {} KiB: not a configuration file",
                MAX_BYTES / 1024
            ),
        ));
    }
    Ok(bytes)
}

/// The whole file as UTF-8 text, capped like [`read`].
pub fn read_to_string(path: &Path) -> std::io::Result<String> {
    String::from_utf8(read(path)?)
        .map_err(|_| std::io::Error::new(std::io::ErrorKind::InvalidData, "not UTF-8 text"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_endless_file_is_an_error_not_a_hang() {
        let e = read_to_string(Path::new("/dev/zero")).unwrap_err();
        assert!(e.to_string().contains("larger than 1024 KiB"), "{e}");
        let dir = tempfile::tempdir().unwrap();
        let ok = dir.path().join("ok.toml");
        std::fs::write(&ok, "a = 1\n").unwrap();
        assert_eq!(read_to_string(&ok).unwrap(), "a = 1\n");
        let big = dir.path().join("big.toml");
        std::fs::write(&big, vec![b'#'; MAX_BYTES as usize + 1]).unwrap();
        assert!(read_to_string(&big).is_err());
    }
}
