//! GETs a `/metrics` endpoint with reqwest (the HTTP client glassbox uses everywhere):
//! `http://` or `https://`, no credentials in the URL, the body capped and the whole
//! exchange under a deadline.

use std::time::Duration;

use super::ScrapeError;

/// A target's URL, checked: `http(s)://host[:port][/path]`; without a path, `/metrics`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ScrapeUrl(pub reqwest::Url);

impl ScrapeUrl {
    pub fn parse(url: &str) -> Result<Self, &'static str> {
        let mut u =
            reqwest::Url::parse(url).map_err(|_| "not a URL like http://host:port/metrics")?;
        if !matches!(u.scheme(), "http" | "https") {
            return Err("only http:// and https:// URLs can be scraped");
        }
        if u.host_str().is_none_or(str::is_empty) {
            return Err("the URL needs a host");
        }
        if !u.username().is_empty() || u.password().is_some() {
            return Err("the URL must not carry credentials");
        }
        if u.path() == "/" && !url.trim_end().ends_with('/') {
            u.set_path("/metrics");
        }
        Ok(Self(u))
    }
}

/// GETs `url` and returns the body of a 200 answer as text.
pub(crate) async fn http_get(
    client: &reqwest::Client,
    url: &ScrapeUrl,
    timeout: Duration,
    max_bytes: usize,
) -> Result<String, ScrapeError> {
    tokio::time::timeout(timeout, get_inner(client, url, max_bytes))
        .await
        .map_err(|_| ScrapeError::Timeout)?
}

async fn get_inner(
    client: &reqwest::Client,
    url: &ScrapeUrl,
    max_bytes: usize,
) -> Result<String, ScrapeError> {
    let mut res = client
        .get(url.0.clone())
        .header("accept", "text/plain;version=0.0.4")
        .send()
        .await
        .map_err(|e| ScrapeError::Io(e.to_string()))?;
    if res.status() != reqwest::StatusCode::OK {
        return Err(ScrapeError::Status(res.status().as_u16()));
    }
    if res.content_length().is_some_and(|n| n > max_bytes as u64) {
        return Err(ScrapeError::TooLarge(max_bytes));
    }
    let mut body = Vec::new();
    while let Some(chunk) = res
        .chunk()
        .await
        .map_err(|e| ScrapeError::Io(e.to_string()))?
    {
        if body.len() + chunk.len() > max_bytes {
            return Err(ScrapeError::TooLarge(max_bytes));
        }
        body.extend_from_slice(&chunk);
    }
    String::from_utf8(body).map_err(|_| ScrapeError::BadResponse("the body is not UTF-8"))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

    use super::*;

    #[test]
    fn parses_urls() {
        let u = ScrapeUrl::parse("http://127.0.0.1:8000/metrics").unwrap();
        assert_eq!(u.0.as_str(), "http://127.0.0.1:8000/metrics");
        assert_eq!(
            ScrapeUrl::parse("http://vllm").unwrap().0.as_str(),
            "http://vllm/metrics"
        );
        assert_eq!(
            ScrapeUrl::parse("http://[::1]/m").unwrap().0.as_str(),
            "http://[::1]/m"
        );
        assert!(ScrapeUrl::parse("https://x/metrics").is_ok());
        assert!(ScrapeUrl::parse("ftp://x/metrics").is_err());
        assert!(ScrapeUrl::parse("http://u:p@x/metrics").is_err());
        assert!(ScrapeUrl::parse("vllm:8000").is_err());
    }
}
