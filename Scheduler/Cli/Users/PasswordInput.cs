using System.Text;

namespace RiskReporting.Scheduler.Cli.Users;

/// <summary>
/// A password from standard input (<c>--password-stdin</c>, the first line, for scripts) or typed at the
/// terminal without echo; never from the command line, where `ps` and the shell's history would show it.
/// </summary>
public static class PasswordInput
{
    public static string Read(bool fromStdin, string prompt)
    {
        if (fromStdin)
        {
            return Console.In.ReadLine() ?? throw new UsageException("--password-stdin：标准输入为空；请通过管道输入密码。");
        }

        if (Console.IsInputRedirected)
        {
            throw new UsageException("没有可输入密码的终端 (no terminal)：请用 --password-stdin 并通过管道输入密码。");
        }

        Console.Error.Write(prompt);
        var typed = new StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter)
            {
                Console.Error.WriteLine();
                return typed.ToString();
            }

            if (key.Key == ConsoleKey.Backspace)
            {
                typed.Length = Math.Max(0, typed.Length - 1);
            }
            else if (!char.IsControl(key.KeyChar))
            {
                typed.Append(key.KeyChar);
            }
        }
    }
}
