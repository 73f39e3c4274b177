-- wrk script for `Encore.Bench site`: each request is a random line of the file named by $URLS (paths with queries).
local urls = {}
for line in io.lines(os.getenv("URLS")) do urls[#urls + 1] = line end

local counter = 0
function setup(thread)
  counter = counter + 1
  thread:set("seed", counter)
end

function init(args)
  math.randomseed(seed * 7919)
end

function request()
  return wrk.format("GET", urls[math.random(#urls)])
end
