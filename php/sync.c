/* sync.c — placeholder until its classes land. */
#include "php_swoole.h"

void php_sw_sync_minit(int module_number) { (void)module_number; }
