// Prints {"hash": …} for a signed request order file, hashed by the iExec SDK's own API
// (IExecOrderModule.hashRequestorder: EIP-712 with the hub's domain read from the chain).
// Usage: node hash-requestorder.mjs <sdk lib/index.js> <rpc url> <hub> <order.json>
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const [library, host, hub, file] = process.argv.slice(2);
const { IExecOrderModule } = await import(pathToFileURL(library).href);
const order = JSON.parse(readFileSync(file, 'utf8'));
const orders = new IExecOrderModule({ ethProvider: host }, { hubAddress: hub, allowExperimentalNetworks: true });
console.log(JSON.stringify({ hash: await orders.hashRequestorder(order) }));
