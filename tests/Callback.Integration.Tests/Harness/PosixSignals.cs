using System.ComponentModel;
using System.Runtime.InteropServices;

namespace Callback.Integration.Tests.Harness;

/// <summary>
/// The one signal .NET's Process API cannot send: <see cref="System.Diagnostics.Process.Kill()"/> sends SIGKILL, while a
/// graceful stop is the SIGTERM that a service manager or <c>docker stop</c> sends, which the host's console lifetime
/// turns into an orderly shutdown.
/// </summary>
static class PosixSignals
{
    const int SigTerm = 15;

    public static void Terminate(int processId)
    {
        if (Kill(processId, SigTerm) != 0)
            throw new Win32Exception(Marshal.GetLastPInvokeError(), $"Sending SIGTERM to process {processId} failed.");
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    static extern int Kill(int processId, int signal);
}
