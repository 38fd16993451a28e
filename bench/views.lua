-- wrk script: POST a view per request. Every 200 answer to such a POST (no visitorId, no crawler's User-Agent) is
-- a counted view, and views.sh checks that before measuring; counting them from wrk's summary instead of reading
-- each body in Lua keeps the load generator from taking the CPU the server is measured on.
wrk.method = "POST"

function done(summary, latency, requests)
  local acked = summary.requests - summary.errors.status
  io.write(string.format("ACKED %d OTHER %d\n", acked, summary.errors.status))
end
