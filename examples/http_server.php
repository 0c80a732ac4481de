<?php
/* An HTTP server (seed 003 §1.3.3) on the http plugin:
 *   php -d extension=php/.libs/swoole.so -d swoole.plugin_dir=plugins/http/.libs \
 *       -d 'swoole.plugins[]=http' examples/http_server.php
 * then: curl 'http://127.0.0.1:9501/hello?name=you'  (Ctrl-C stops the server).
 * Installed (make install), the plugin is enabled by conf.d/30-swoole-http.ini and
 * `php examples/http_server.php` is enough. */
$port = (int) (getenv('PORT') ?: 9501);
$http = new Swoole\Http\Server('127.0.0.1', $port);
$http->set(['worker_num' => 1]);
$http->on('Start', function () use ($port) {
    echo "http server listening on http://127.0.0.1:$port/\n";
});
$http->on('Request', function (Swoole\Http\Request $request, Swoole\Http\Response $response) {
    $name = $request->get['name'] ?? 'world';
    $response->header('Content-Type', 'text/plain; charset=utf-8');
    $response->end("Hello, $name! You asked for {$request->server['request_uri']}\n");
});
$http->start();
