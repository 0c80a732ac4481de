--TEST--
Swoole\Server: SWOOLE_SSL setting errors: missing files at set(), no certificate, a key of another certificate, bad protocols/ciphers/ALPN at start(), SSL on UDP
--SKIPIF--
<?php if (!shell_exec('command -v openssl')) die('skip openssl not available'); ?>
--FILE--
<?php
require __DIR__ . '/../include/ssl.inc';

$dir = sw_ssl_certs();
$server = new Swoole\Server('127.0.0.1', 23150, SWOOLE_BASE, SWOOLE_SOCK_TCP | SWOOLE_SSL);
$server->on('receive', function () {});
$server->on('workerStart', function ($s) { echo "started\n"; $s->shutdown(); });

var_dump($server->set(['ssl_cert_file' => "$dir/nonexistent.crt"]));
var_dump($server->set(['ssl_client_cert_file' => '']));
var_dump($server->listen('127.0.0.1', 23151, SWOOLE_SOCK_UDP | SWOOLE_SSL));
$port = $server->listen('127.0.0.1', 23152, SWOOLE_SOCK_TCP | SWOOLE_SSL);
$port->set(['ssl_key_file' => "$dir/nonexistent.key"]);
var_dump(isset($port->setting['ssl_key_file']));

echo "-- no certificate\n";
var_dump($server->start());
echo "-- a key that is not the certificate's\n";
$server->set(['ssl_cert_file' => "$dir/server.crt", 'ssl_key_file' => "$dir/rogue.key"]);
var_dump($server->start());
echo "-- not a certificate\n";
$server->set(['ssl_cert_file' => "$dir/server.ext", 'ssl_key_file' => "$dir/server.key"]);
var_dump($server->start());
$server->set(['ssl_cert_file' => "$dir/server.crt"]);
echo "-- SSLv3 only\n";
$server->set(['ssl_protocols' => 4]);
var_dump($server->start());
$server->set(['ssl_protocols' => 0]);
echo "-- bad ciphers\n";
$server->set(['ssl_ciphers' => 'NO-SUCH-CIPHER']);
var_dump($server->start());
$server->set(['ssl_ciphers' => null]);
echo "-- bad ALPN list on the second port only\n";
$port->set(['ssl_alpn_protocols' => 'h2,,http/1.1']);
var_dump($server->start());
$port->set(['ssl_alpn_protocols' => 'h2']);
echo "-- fixed\n";
var_dump($server->start());
?>
--EXPECTF--
Warning: Swoole\Server::set(): ssl cert file[%s/nonexistent.crt] not found in %s on line %d
bool(false)

Warning: Swoole\Server::set(): ssl client cert file[] not found in %s on line %d
bool(false)

Warning: Swoole\Server::listen(): SWOOLE_SSL needs a stream socket (DTLS is not supported) in %s on line %d
bool(false)

Warning: Swoole\Server\Port::set(): ssl key file[%s/nonexistent.key] not found in %s on line %d
bool(false)
-- no certificate

Warning: Swoole\Server::start(): SSL port 127.0.0.1:23150: SSL: require ssl_cert_file and ssl_key_file in %s on line %d
bool(false)
-- a key that is not the certificate's

Warning: Swoole\Server::start(): SSL port 127.0.0.1:23150: SSL: %s '%s/rogue.key': %s in %s on line %d
bool(false)
-- not a certificate

Warning: Swoole\Server::start(): SSL port 127.0.0.1:23150: SSL: cannot load the certificate '%s/server.ext': %s in %s on line %d
bool(false)
-- SSLv3 only

Warning: Swoole\Server::start(): SSL port 127.0.0.1:23150: SSL: ssl_protocols 4 enables no supported TLS version in %s on line %d
bool(false)
-- bad ciphers

Warning: Swoole\Server::start(): SSL port 127.0.0.1:23150: SSL: bad ssl_ciphers 'NO-SUCH-CIPHER': %s in %s on line %d
bool(false)
-- bad ALPN list on the second port only

Warning: Swoole\Server::start(): SSL port 127.0.0.1:23152: SSL: bad ALPN protocol list 'h2,,http/1.1' in %s on line %d
bool(false)
-- fixed
started
bool(true)
