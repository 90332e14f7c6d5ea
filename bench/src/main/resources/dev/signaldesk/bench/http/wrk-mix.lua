-- wrk script of signaldesk bench (WrkLoad): cycles the request paths of the file given after
-- "--", counts 4xx refusals apart from 5xx failures, and prints one JSON line when done.
local threads = {}

function setup(thread)
  thread:set("offset", #threads)
  table.insert(threads, thread)
end

function init(args)
  paths = {}
  for line in io.lines(args[1]) do
    if #line > 0 then
      paths[#paths + 1] = line
    end
  end
  counter = offset or 0
  rejected = 0
  failed = 0
end

function request()
  counter = counter + 1
  return wrk.format("GET", paths[(counter % #paths) + 1])
end

function response(status, headers, body)
  if status >= 400 and status < 500 then
    rejected = rejected + 1
  elseif status >= 300 then
    failed = failed + 1
  end
end

function done(summary, latency, requests)
  local rej, fail = 0, 0
  for _, t in ipairs(threads) do
    rej = rej + t:get("rejected")
    fail = fail + t:get("failed")
  end
  local e = summary.errors
  io.write(string.format(
    '{"requests":%d,"seconds":%.6f,"rejected":%d,"failed":%d,"socket_errors":%d,'
      .. '"timeouts":%d,"p50_us":%d,"p95_us":%d,"p99_us":%d}\n',
    summary.requests, summary.duration / 1e6, rej, fail,
    e.connect + e.read + e.write, e.timeout,
    latency:percentile(50), latency:percentile(95), latency:percentile(99)))
end
