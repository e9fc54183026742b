-- wrk script for bench/load.sh: asks for a different page of the story list on each request (random
-- offset, page size and order), so that nearly every request misses the server's page cache and the
-- store does the work.
math.randomseed(42)
request = function()
  local order = (math.random(2) == 1) and "recent" or "size"
  local path = string.format("/api/stories?sort=%s&offset=%d&limit=%d", order, math.random(0, 3900), math.random(5, 60))
  return wrk.format("GET", path)
end
