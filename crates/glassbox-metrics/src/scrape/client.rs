//! A minimal HTTP/1.1 GET over a plain TCP connection, for scraping `/metrics` endpoints
//! on the local network (vLLM, DCGM exporter). No TLS, no redirects, no compression; the
//! body is capped and the whole exchange has a deadline.

use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

use super::ScrapeError;

/// An `http://host:port/path` URL, split.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct HttpUrl {
    /// `host:port` (what we connect to and send as `Host`).
    pub authority: String,
    /// Path and query, starting with `/`.
    pub path: String,
}

impl HttpUrl {
    pub fn parse(url: &str) -> Result<Self, &'static str> {
        let rest = url
            .strip_prefix("http://")
            .ok_or("only http:// URLs can be scraped")?;
        let (authority, path) = match rest.find('/') {
            Some(i) => (&rest[..i], &rest[i..]),
            None => (rest, "/metrics"),
        };
        if authority.is_empty() || authority.contains('@') {
            return Err("the URL needs a host (and no credentials)");
        }
        let has_port = match authority.rfind(':') {
            Some(i) => !authority[i..].contains(']'),
            None => false,
        };
        let authority = if has_port {
            authority.to_owned()
        } else {
            format!("{authority}:80")
        };
        Ok(Self {
            authority,
            path: path.to_owned(),
        })
    }
}

/// GETs `url` and returns the body of a 200 answer as text.
pub(crate) async fn http_get(
    url: &HttpUrl,
    timeout: Duration,
    max_bytes: usize,
) -> Result<String, ScrapeError> {
    tokio::time::timeout(timeout, get_inner(url, max_bytes))
        .await
        .map_err(|_| ScrapeError::Timeout)?
}

async fn get_inner(url: &HttpUrl, max_bytes: usize) -> Result<String, ScrapeError> {
    let mut stream = TcpStream::connect(&url.authority).await?;
    let request = format!(
        "GET {} HTTP/1.1\r\nHost: {}\r\nAccept: text/plain;version=0.0.4\r\n\
         User-Agent: glassbox-scraper\r\nConnection: close\r\n\r\n",
        url.path, url.authority
    );
    stream.write_all(request.as_bytes()).await?;
    let mut raw = Vec::with_capacity(16 * 1024);
    let limit = max_bytes as u64 + 16 * 1024;
    (&mut stream).take(limit + 1).read_to_end(&mut raw).await?;
    if raw.len() as u64 > limit {
        return Err(ScrapeError::TooLarge(max_bytes));
    }
    let head_end = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .ok_or(ScrapeError::BadResponse("no end of headers"))?;
    let head = std::str::from_utf8(&raw[..head_end])
        .map_err(|_| ScrapeError::BadResponse("headers are not UTF-8"))?;
    let mut lines = head.split("\r\n");
    let status: u16 = lines
        .next()
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|s| s.parse().ok())
        .ok_or(ScrapeError::BadResponse("bad status line"))?;
    if status != 200 {
        return Err(ScrapeError::Status(status));
    }
    let chunked = lines.any(|l| {
        let l = l.to_ascii_lowercase();
        l.starts_with("transfer-encoding:") && l.contains("chunked")
    });
    let body = &raw[head_end + 4..];
    let body = if chunked {
        dechunk(body)?
    } else {
        body.to_vec()
    };
    if body.len() > max_bytes {
        return Err(ScrapeError::TooLarge(max_bytes));
    }
    String::from_utf8(body).map_err(|_| ScrapeError::BadResponse("body is not UTF-8"))
}

fn dechunk(mut body: &[u8]) -> Result<Vec<u8>, ScrapeError> {
    let bad = ScrapeError::BadResponse("bad chunked encoding");
    let mut out = Vec::with_capacity(body.len());
    loop {
        let line_end = body
            .windows(2)
            .position(|w| w == b"\r\n")
            .ok_or(bad.clone())?;
        let size_text = std::str::from_utf8(&body[..line_end]).map_err(|_| bad.clone())?;
        let size_text = size_text.split(';').next().unwrap_or("").trim();
        let size = usize::from_str_radix(size_text, 16).map_err(|_| bad.clone())?;
        body = &body[line_end + 2..];
        if size == 0 {
            return Ok(out);
        }
        let chunk = body.get(..size).ok_or(bad.clone())?;
        out.extend_from_slice(chunk);
        body = body.get(size + 2..).ok_or(bad.clone())?;
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

    use super::*;

    #[test]
    fn parses_urls() {
        let u = HttpUrl::parse("http://127.0.0.1:8000/metrics").unwrap();
        assert_eq!(
            (u.authority.as_str(), u.path.as_str()),
            ("127.0.0.1:8000", "/metrics")
        );
        let u = HttpUrl::parse("http://vllm").unwrap();
        assert_eq!(
            (u.authority.as_str(), u.path.as_str()),
            ("vllm:80", "/metrics")
        );
        let u = HttpUrl::parse("http://[::1]/m").unwrap();
        assert_eq!(u.authority, "[::1]:80");
        assert!(HttpUrl::parse("https://x/metrics").is_err());
        assert!(HttpUrl::parse("http://u:p@x/metrics").is_err());
    }

    #[test]
    fn dechunks() {
        assert_eq!(
            dechunk(b"3\r\nabc\r\n2;x=y\r\nde\r\n0\r\n\r\n").unwrap(),
            b"abcde"
        );
        assert!(dechunk(b"9\r\nabc").is_err());
    }
}
