-- wrk script: POST a view per request, each from another reader: a new X-Forwarded-For address every request,
-- as a site's readers arrive through its nginx (the app trusts 127.0.0.1 as its proxy in this run), so that the
-- per-address limit is on and counts every one of them. Each thread walks its own range of 10.0.0.0/8.
wrk.method = "POST"
local next_address = 0
local threads = 0

function setup(thread)
  thread:set("first", threads * 4000000)
  threads = threads + 1
end

function init()
  next_address = first or 0
end

function request()
  next_address = next_address + 1
  local a = next_address
  local address = string.format("10.%d.%d.%d", math.floor(a / 65536) % 256, math.floor(a / 256) % 256, a % 256)
  return wrk.format(nil, nil, { ["X-Forwarded-For"] = address })
end

function done(summary, latency, requests)
  local acked = summary.requests - summary.errors.status
  io.write(string.format("ACKED %d OTHER %d\n", acked, summary.errors.status))
end
