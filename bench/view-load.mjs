// Posts exactly VIEWS views from N keep-alive connections and waits for every answer, so that the views it saw
// acknowledged can be compared exactly with the count in the database (wrk measures speed; this checks exactness).
// Usage: node view-load.mjs URL CONNECTIONS VIEWS
// Prints: ACKED <counted answers> OTHER <other answers> ERRORS <failed requests> SECONDS <elapsed>
import http from 'node:http';

const [url, connections = '64', views = '100000'] = process.argv.slice(2);
const target = new URL(url);
const agent = new http.Agent({ keepAlive: true, maxSockets: Number(connections) });
let unsent = Number(views);
let acked = 0, other = 0, errors = 0;

function post() {
  return new Promise((resolve) => {
    const request = http.request({ host: target.hostname, port: target.port, path: target.pathname, method: 'POST',
      agent, headers: { 'content-length': 0 } }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk) => { body += chunk; });
      response.on('end', () => {
        if (response.statusCode === 200 && body.includes('"counted":true')) acked++; else other++;
        resolve();
      });
    });
    request.on('error', () => { errors++; resolve(); });
    request.end();
  });
}

async function connection() {
  while (unsent > 0) {
    unsent--;
    await post();
  }
}

const started = process.hrtime.bigint();
await Promise.all(Array.from({ length: Number(connections) }, connection));
const elapsed = Number(process.hrtime.bigint() - started) / 1e9;
console.log(`ACKED ${acked} OTHER ${other} ERRORS ${errors} SECONDS ${elapsed.toFixed(2)}`);
agent.destroy();
