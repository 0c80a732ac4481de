/* echo_load.c — load generator of the echo-server benchmark (bench/echo.sh): C connections
 * to 127.0.0.1:PORT, each sending a SIZE-byte message and waiting for all of it to come back
 * before sending the next, for SECONDS. Prints "round trips/s" and the p99 latency in µs.
 * One thread, epoll: the client must cost less than the server it measures.
 *
 *     bench/echo_load PORT [CONNECTIONS=100] [SECONDS=5] [SIZE=64] */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

typedef struct {
    int fd;
    size_t got;          /* bytes of the current echo received */
    uint64_t sent_ns;
} client_t;

static uint64_t now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

static int cmp_u32(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return x < y ? -1 : x > y;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: %s PORT [CONNECTIONS] [SECONDS] [SIZE]\n", argv[0]);
        return 2;
    }
    int port = atoi(argv[1]);
    int nconn = argc > 2 ? atoi(argv[2]) : 100;
    int seconds = argc > 3 ? atoi(argv[3]) : 5;
    size_t size = argc > 4 ? (size_t)atoi(argv[4]) : 64;
    if (nconn < 1 || seconds < 1 || size < 1 || size > 65536)
        return 2;
    char *msg = malloc(size), *buf = malloc(65536);
    memset(msg, 'x', size);
    client_t *cs = calloc((size_t)nconn, sizeof *cs);
    size_t lat_cap = 1u << 22, lat_n = 0;
    uint32_t *lat = malloc(lat_cap * sizeof *lat);
    int ep = epoll_create1(0);
    struct sockaddr_in a = {.sin_family = AF_INET, .sin_port = htons((uint16_t)port)};
    inet_pton(AF_INET, "127.0.0.1", &a.sin_addr);
    for (int i = 0; i < nconn; i++) {
        int fd = socket(AF_INET, SOCK_STREAM, 0), one = 1;
        if (fd < 0 || connect(fd, (struct sockaddr *)&a, sizeof a) < 0) {
            perror("connect");
            return 1;
        }
        setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        cs[i].fd = fd;
        struct epoll_event ev = {.events = EPOLLIN, .data.u32 = (uint32_t)i};
        epoll_ctl(ep, EPOLL_CTL_ADD, fd, &ev);
    }
    uint64_t start = now_ns(), end = start + (uint64_t)seconds * 1000000000u, trips = 0;
    for (int i = 0; i < nconn; i++) {
        cs[i].sent_ns = now_ns();
        if (write(cs[i].fd, msg, size) != (ssize_t)size)
            return 1;
    }
    struct epoll_event evs[256];
    uint64_t t = start;
    while (t < end) {
        int n = epoll_wait(ep, evs, 256, 100);
        t = now_ns();
        for (int k = 0; k < n; k++) {
            client_t *c = &cs[evs[k].data.u32];
            ssize_t r = read(c->fd, buf, 65536);
            if (r <= 0) {
                fprintf(stderr, "connection lost: %s\n", r ? strerror(errno) : "closed");
                return 1;
            }
            c->got += (size_t)r;
            if (c->got < size)
                continue;
            c->got -= size;   /* an echo complete: the next message */
            trips++;
            if (lat_n < lat_cap)
                lat[lat_n++] = (uint32_t)((t - c->sent_ns) / 1000);
            c->sent_ns = t;
            if (write(c->fd, msg, size) != (ssize_t)size)
                return 1;
        }
    }
    double secs = (double)(now_ns() - start) / 1e9;
    qsort(lat, lat_n, sizeof *lat, cmp_u32);
    printf("round trips/s: %.0f\np99 us: %u\n", (double)trips / secs,
           lat_n ? lat[lat_n * 99 / 100] : 0);
    return 0;
}
