--TEST--
websocket: Node's WebSocket (undici, a browser-grade client: strict about the handshake and the server's frames) as the peer — open with websocket_subprotocol chosen from the client's offer, text and binary echo, a 200 kB message, a server push of 70000 bytes, the server's disconnect() seen as close code 4000 with its reason; a second client offering no subprotocol gets none and closes cleanly
--SKIPIF--
<?php
if (!extension_loaded('swoole')) die('skip swoole not loaded');
if (trim((string)shell_exec('node --experimental-websocket -e "process.stdout.write(typeof WebSocket)" 2>/dev/null')) !== 'function')
    die('skip node with --experimental-websocket (Node >= 20.10) is not installed');
?>
--INI--
swoole.plugins[0]=http
swoole.plugins[1]=websocket
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/../include/websocket.inc';

$ws = new Swoole\WebSocket\Server('127.0.0.1', 24310, SWOOLE_BASE);
$ws->set(['websocket_subprotocol' => 'chat']);
$ws->on('open', function ($ws, $req) {
    echo "open ", $req->header['user-agent'] ?? 'no agent', "\n";
});
$ws->on('message', function ($ws, $frame) {
    echo "message op $frame->opcode ", strlen($frame->data), "\n";
    if ($frame->data === 'bye') {
        $ws->disconnect($frame->fd, 4000, 'see you');
        return;
    }
    if ($frame->data === 'big')
        $ws->push($frame->fd, str_repeat('z', 70000));
    else
        $ws->push($frame->fd, $frame->data, $frame->opcode);
});
ws_run($ws, <<<'PHP'
$js = <<<'JS'
const ws = new WebSocket(`ws://127.0.0.1:${process.argv[2]}/`, ['superchat', 'chat']);
ws.binaryType = 'arraybuffer';
const steps = [() => ws.send('hello node'), () => ws.send(new Uint8Array([0, 1, 2, 255])),
               () => ws.send('y'.repeat(200000)), () => ws.send('big'), () => ws.send('bye')];
let i = 0;
ws.onopen = () => { console.log('open', ws.protocol === '' ? 'no subprotocol' : ws.protocol); steps[i++](); };
ws.onmessage = (e) => {
  const d = e.data;
  console.log(typeof d === 'string' ? `text ${d.length} ${d.slice(0, 10)}` : `binary ${new Uint8Array(d).join(',')}`);
  if (i < steps.length) steps[i++]();
};
ws.onerror = (e) => console.log('error', e.message);
ws.onclose = (e) => {
  console.log('close', e.code, e.reason, e.wasClean);
  // a client offering no subprotocol gets none
  const ws2 = new WebSocket(`ws://127.0.0.1:${process.argv[2]}/`);
  ws2.onopen = () => { console.log('second open, protocol', JSON.stringify(ws2.protocol)); ws2.close(1000); };
  ws2.onclose = (e) => console.log('second close', e.code, e.wasClean);
};
JS;
file_put_contents($f = sys_get_temp_dir() . '/ws_node_' . getmypid() . '.js', $js);
passthru('node --no-warnings --experimental-websocket ' . escapeshellarg($f) . " $PORT 2>&1");
unlink($f);
PHP);
?>
--EXPECT--
open node
message op 1 10
message op 2 4
message op 1 200000
message op 1 3
message op 1 3
open node
open chat
text 10 hello node
binary 0,1,2,255
text 200000 yyyyyyyyyy
text 70000 zzzzzzzzzz
close 4000 see you true
second open, protocol ""
second close 1000 true