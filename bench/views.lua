-- wrk script: POST a view per request and count the answers that say the view was counted.
wrk.method = "POST"

local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  acked = 0
  other = 0
end

function response(status, headers, body)
  if status == 200 and string.find(body, '"counted":true', 1, true) then
    acked = acked + 1
  else
    other = other + 1
  end
end

function done(summary, latency, requests)
  local a, o = 0, 0
  for _, thread in ipairs(threads) do
    a = a + thread:get("acked")
    o = o + thread:get("other")
  end
  io.write(string.format("ACKED %d OTHER %d\n", a, o))
end
