/*
 * http_floor: the cheapest HTTP/1.1 server that can answer http_hello's load, to
 * measure what any server can reach on this machine.
 *
 * One epoll loop, one recv and one send per request, a canned response, no
 * parsing beyond looking for "close" in what arrived, no timers, no allocation.
 * It is not a server anyone should run: it exists so that bench/http_ceiling.sh
 * can put it beside nginx and Swoole\Http\Server under the same wrk load; what it
 * reaches is the most requests per second the load generator lets through.
 *
 *     bench/http_floor PORT
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

#define HEAD "HTTP/1.1 200 OK\r\nServer: floor\r\nDate: Wed, 02 Dec 2026 05:30:14 GMT\r\n" \
             "Content-Type: text/plain\r\nContent-Length: 11\r\n"

static const char keep_alive[] = HEAD "Connection: keep-alive\r\n\r\nHello World";
static const char closing[] = HEAD "Connection: close\r\n\r\nHello World";

static int listen_on(int port)
{
    struct sockaddr_in a = { .sin_family = AF_INET, .sin_port = htons((uint16_t)port) };
    int one = 1, fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);

    if (fd < 0)
        return -1;
    inet_pton(AF_INET, "127.0.0.1", &a.sin_addr);
    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    if (bind(fd, (struct sockaddr *)&a, sizeof a) < 0 || listen(fd, 4096) < 0) {
        close(fd);
        return -1;
    }
    return fd;
}

static void serve(int fd)
{
    char buf[4096];
    ssize_t n = recv(fd, buf, sizeof buf, 0);

    if (n <= 0) {
        close(fd);
        return;
    }
    if (memmem(buf, (size_t)n, "close", 5)) {
        send(fd, closing, sizeof closing - 1, MSG_NOSIGNAL);
        close(fd);
        return;
    }
    send(fd, keep_alive, sizeof keep_alive - 1, MSG_NOSIGNAL);
}

int main(int argc, char **argv)
{
    struct epoll_event ev, events[512];
    int lfd, ep;

    if (argc != 2) {
        fprintf(stderr, "usage: http_floor PORT\n");
        return 2;
    }
    lfd = listen_on(atoi(argv[1]));
    ep = epoll_create1(0);
    if (lfd < 0 || ep < 0) {
        perror("http_floor");
        return 1;
    }
    ev = (struct epoll_event){ .events = EPOLLIN, .data.fd = lfd };
    epoll_ctl(ep, EPOLL_CTL_ADD, lfd, &ev);
    for (;;) {
        int n = epoll_wait(ep, events, 512, -1);

        for (int i = 0; i < n; i++) {
            int fd = events[i].data.fd, c;

            if (fd != lfd) {
                serve(fd);
                continue;
            }
            while ((c = accept4(lfd, NULL, NULL, SOCK_NONBLOCK)) >= 0) {
                ev = (struct epoll_event){ .events = EPOLLIN, .data.fd = c };
                epoll_ctl(ep, EPOLL_CTL_ADD, c, &ev);
            }
        }
    }
}
