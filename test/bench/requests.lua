-- wrk script for bench:booking. Arguments: a file of requests (one a line: method, path, bearer
-- token and JSON body or nothing, separated by tabs) and the number of wrk threads. Each thread
-- sends the list from its own offset; the answers are counted by status, and one summary line is
-- printed for the benchmark to read.
local threads = {}

function setup(thread)
  thread:set("offset", #threads)
  table.insert(threads, thread)
end

function init(args)
  requests = {}
  for line in io.lines(args[1]) do
    local method, path, token, body = line:match("^(%u+)\t([^\t]+)\t([^\t]+)\t?(.*)$")
    local headers = { Authorization = "Bearer " .. token }
    if body == "" then
      body = nil
    else
      headers["Content-Type"] = "application/json"
    end
    requests[#requests + 1] = wrk.format(method, path, headers, body)
  end
  -- Threads take the list from different points, so no two send the same request at once.
  index = math.floor(offset * #requests / (tonumber(args[2]) or 1))
  statuses = {}
end

function request()
  index = index % #requests + 1
  return requests[index]
end

function response(status)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency)
  local counted = {}
  for _, thread in ipairs(threads) do
    for status, n in pairs(thread:get("statuses")) do
      counted[status] = (counted[status] or 0) + n
    end
  end
  local parts = {}
  for status, n in pairs(counted) do
    parts[#parts + 1] = string.format('"%d":%d', status, n)
  end
  local e = summary.errors
  io.write(string.format(
    'WRK {"seconds":%.3f,"statuses":{%s},"socketErrors":%d,"p50":%.3f,"p99":%.3f}\n',
    summary.duration / 1e6, table.concat(parts, ","), e.connect + e.read + e.write + e.timeout,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
