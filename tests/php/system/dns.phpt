--TEST--
swoole system: gethostbyname, getaddrinfo, dnsLookup (addresses, bad input, failures)
--FILE--
<?php
use Swoole\Coroutine\System;
const AF_INET6_ = 10;  // ext/sockets (AF_INET6) is not loaded here
Co\run(function () {
    var_dump(System::gethostbyname('localhost'));
    var_dump(Co::gethostbyname('127.0.0.1', 2 /* AF_INET */, 1));
    var_dump(System::dnsLookup('localhost'));
    var_dump(Co::dnsLookup('::1', 5, AF_INET6_));
    var_dump(System::getaddrinfo('127.0.0.1'));
    var_dump(System::getaddrinfo('::1', AF_INET6_, 1 /* SOCK_STREAM */, STREAM_IPPROTO_TCP, '80'));
    // An IPv4 literal has no IPv6 address: resolved at once, without any DNS server.
    var_dump(System::gethostbyname('127.0.0.1', AF_INET6_), swoole_last_error());
    var_dump(System::getaddrinfo('127.0.0.1', AF_INET6_), swoole_last_error());
    var_dump(System::dnsLookup('127.0.0.1', 1, AF_INET6_), swoole_last_error());
    var_dump(System::gethostbyname(''), swoole_last_error());
    var_dump(System::getaddrinfo(''));
    var_dump(System::dnsLookup(''));
    var_dump(System::gethostbyname('localhost', 12345));
});
?>
--EXPECTF--
string(9) "127.0.0.1"
string(9) "127.0.0.1"
string(9) "127.0.0.1"
string(3) "::1"
array(1) {
  [0]=>
  string(9) "127.0.0.1"
}
array(1) {
  [0]=>
  string(3) "::1"
}
bool(false)
int(711)
bool(false)
int(711)
bool(false)
int(711)

Warning: Swoole\Coroutine\System::gethostbyname(): domain name is empty in %s on line %d
bool(false)
int(505)

Warning: Swoole\Coroutine\System::getaddrinfo(): domain name is empty in %s on line %d
bool(false)

Warning: Swoole\Coroutine\System::dnsLookup(): domain name is empty in %s on line %d
bool(false)

Warning: Swoole\Coroutine\System::gethostbyname(): unknown protocol family, must be AF_INET or AF_INET6 in %s on line %d
bool(false)
