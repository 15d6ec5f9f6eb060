/** True in builds made with ZFA_LOCAL_STANDINS=1, which also accept the 127.0.0.1 stand-ins. */
declare const __LOCAL_STANDINS__: boolean;
