--TEST--
swoole process: seed 003 chapter 10's sample (a master that restarts its child whenever it exits; swoole_process alias, swoole_set_process_name, kill($mpid, 0), wait()), the master's lines printed at its end, bounded: 2 messages per child instead of 16000 a second apart, 3 restarts
--FILE--
<?php
(new class{
    public $mpid = 0;
    public $works = [];
    public $max_process = 1;
    public $new_index = 0;
    public $reboots = 0;
    public $log = [];

    public function __construct()
    {
        try{
            @swoole_set_process_name(sprintf('php-ps:%s', 'master'));
            $this->mpid = posix_getpid_();
            $this->run();
            $this->processWait();
        }catch(\Exception $e) {
            die('All ERROR:' . $e->getMessage());
        }
    }

    public function run()
    {
        for($i = 0; $i < $this->max_process; $i++) {
            $this->CreateProcess();
        }
    }

    public function CreateProcess($index = null)
    {
        $process = new swoole_process(function (swoole_process $worker) use ($index) {
            if(is_null($index)) {
                $index = $this->new_index;
                $this->new_index++;
            }
            @swoole_set_process_name(sprintf('php-ps:%s', $index));
            for($j = 0; $j < 2; $j++) {
                $this->checkMpid($worker);
                echo "msg: {$j}\n";
                usleep(1000);
            }
        }, false, false);
        $pid = $process->start();
        $this->works[$index] = $pid;
        return $pid;
    }

    public function checkMpid(&$worker)
    {
        if(!swoole_process::kill($this->mpid, 0)) {
            $worker->exit();
            // log
            echo "Master process exited, I [{$worker['pid']}] also quit\n";
        }
    }

    public function rebootProcess($ret)
    {
        $pid = $ret['pid'];
        $index = array_search($pid, $this->works);
        if($index !== false) {
            $index = intval($index);
            $new_pid = $this->CreateProcess($index);
            // kept and printed at the end: the new child prints at the same time
            $this->log[] = "rebootProcess: {$index}=" . ($new_pid > 0 ? 'PID' : 'bad') . " Done";
            return;
        }
        throw new \Exception('reboot Process Error: no pid');
    }

    public function processWait() {
        while(1) {
            if(count($this->works) && $this->reboots < 3) {
                $ret = swoole_process::wait();
                if($ret) {
                    $this->reboots++;
                    $this->rebootProcess($ret);
                }
            } else {
                break;
            }
        }
        swoole_process::wait();  // the last child
        echo implode("\n", $this->log), "\n";
    }
});
// posix is not loaded by the test runner (-n): the sample's posix_getpid()
function posix_getpid_() { return getmypid(); }
echo "master done\n";
?>
--EXPECT--
msg: 0
msg: 1
msg: 0
msg: 1
msg: 0
msg: 1
msg: 0
msg: 1
rebootProcess: 0=PID Done
rebootProcess: 0=PID Done
rebootProcess: 0=PID Done
master done
