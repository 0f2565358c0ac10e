//! Response bodies that carry their call's record: the record is finalized when the
//! body is dropped, i.e. after the last byte went out, or when the client went away.
//!
//! ```text
//!  upstream stream ──> ProxyStream::poll_frame ──> StreamTap ──> client
//!                          │ first token: TTFT        │ end: completed = true
//!                          ▼                          ▼
//!                      deadline (total timeout)   Drop ──> CallGuard ──> span + log
//! ```
//!
//! Dropping a `ProxyStream` drops the upstream response, which closes that connection:
//! a client that disconnects cancels the upstream request.

use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Instant;

use bytes::Bytes;
use futures::Stream;
use http_body::{Body, Frame, SizeHint};

use crate::record::CallGuard;
use crate::sse::StreamTap;

type ByteStream = Pin<Box<dyn Stream<Item = Result<Bytes, reqwest::Error>> + Send>>;

/// A complete body sent in one frame; finalizes its record once sent.
pub(crate) struct OnceBody {
    pub bytes: Option<Bytes>,
    pub guard: CallGuard,
}

impl Body for OnceBody {
    type Data = Bytes;
    type Error = std::convert::Infallible;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        _cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, Self::Error>>> {
        match self.bytes.take() {
            Some(b) => {
                self.guard.rec().completed = true;
                Poll::Ready(Some(Ok(Frame::data(b))))
            }
            None => Poll::Ready(None),
        }
    }

    fn is_end_stream(&self) -> bool {
        self.bytes.is_none()
    }

    fn size_hint(&self) -> SizeHint {
        SizeHint::with_exact(self.bytes.as_ref().map(|b| b.len() as u64).unwrap_or(0))
    }
}

/// A streamed upstream body on its way to the client, watched by a tap (SSE) or not
/// (pass-through).
pub(crate) struct ProxyStream {
    pub upstream: ByteStream,
    pub tap: Option<StreamTap>,
    pub guard: CallGuard,
    pub deadline: Pin<Box<tokio::time::Sleep>>,
    pub finished: bool,
    /// Whether a streamed chat answer should be cached when complete.
    pub cache_on_complete: bool,
}

impl ProxyStream {
    pub fn new(
        upstream: reqwest::Response,
        tap: Option<StreamTap>,
        guard: CallGuard,
        deadline: Instant,
        cache_on_complete: bool,
    ) -> Self {
        Self {
            upstream: Box::pin(upstream.bytes_stream()),
            tap,
            guard,
            deadline: Box::pin(tokio::time::sleep_until(deadline.into())),
            finished: false,
            cache_on_complete,
        }
    }

    fn complete(&mut self) {
        self.finished = true;
        let cache = self.cache_on_complete;
        let tap_done = self.tap.as_ref().map(|t| t.assembly.done).unwrap_or(true);
        let rec = self.guard.rec();
        rec.completed = true;
        if let Some(tap) = &self.tap {
            if cache && tap_done {
                let body = tap.assembly.to_chat_completion();
                rec.cache_body = serde_json::to_vec(&body).ok().map(Bytes::from);
            }
        }
    }
}

impl Body for ProxyStream {
    type Data = Bytes;
    type Error = std::io::Error;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, Self::Error>>> {
        let this = &mut *self;
        if this.finished {
            return Poll::Ready(None);
        }
        loop {
            match this.upstream.as_mut().poll_next(cx) {
                Poll::Ready(Some(Ok(chunk))) => {
                    let out = match &mut this.tap {
                        Some(tap) => {
                            let out = tap.feed(chunk);
                            if tap.take_token_seen() {
                                let rec = this.guard.rec();
                                if rec.first_token_at.is_none() {
                                    rec.first_token_at = Some(Instant::now());
                                }
                            }
                            out
                        }
                        None => chunk,
                    };
                    if out.is_empty() {
                        continue;
                    }
                    return Poll::Ready(Some(Ok(Frame::data(out))));
                }
                Poll::Ready(Some(Err(e))) => {
                    this.finished = true;
                    let rec = this.guard.rec();
                    rec.completed = true;
                    rec.fail(502, "upstream_stream_error", "upstream stream failed");
                    return Poll::Ready(Some(Err(std::io::Error::other(e.without_url()))));
                }
                Poll::Ready(None) => {
                    let rest = this.tap.as_mut().map(StreamTap::finish).unwrap_or_default();
                    this.complete();
                    if rest.is_empty() {
                        return Poll::Ready(None);
                    }
                    return Poll::Ready(Some(Ok(Frame::data(rest))));
                }
                Poll::Pending => {
                    if this.deadline.as_mut().poll(cx).is_ready() {
                        this.finished = true;
                        let rec = this.guard.rec();
                        rec.completed = true;
                        rec.fail(
                            504,
                            "upstream_timeout",
                            "upstream exceeded the total timeout",
                        );
                        return Poll::Ready(Some(Err(std::io::Error::new(
                            std::io::ErrorKind::TimedOut,
                            "upstream timed out",
                        ))));
                    }
                    return Poll::Pending;
                }
            }
        }
    }

    fn is_end_stream(&self) -> bool {
        self.finished
    }
}

impl Drop for ProxyStream {
    fn drop(&mut self) {
        // Keep what was streamed so far, also for a cancelled call.
        if let Some(tap) = &self.tap {
            let info = tap.assembly.response_info();
            let rec = self.guard.rec();
            if rec.response.is_none() {
                rec.response = Some(info);
            }
        }
    }
}
