/* timer.c — placeholder until its classes land. */
#include "php_swoole.h"

void php_sw_timer_minit(int module_number) { (void)module_number; }
void php_sw_timer_rshutdown(void) {}
