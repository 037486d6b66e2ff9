namespace RiskReporting.Testing;

/// <summary>
/// The throwaway OpenLDAP server .ci/run starts: <c>RISKREPORT_TEST_LDAP</c> (ldap://host:port), the bind DN
/// template in <c>RISKREPORT_TEST_LDAP_BIND_DN</c> ({0} = user name), and a seeded user and password in
/// <c>RISKREPORT_TEST_LDAP_USER</c> / <c>RISKREPORT_TEST_LDAP_PASSWORD</c>.
/// </summary>
public static class LdapTestServer
{
    public const string Variable = "RISKREPORT_TEST_LDAP";

    public static (string Host, int Port, string BindDnTemplate, string User, string Password) Require()
    {
        var url = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrEmpty(url))
        {
            if (Environment.GetEnvironmentVariable("CI") == "true")
            {
                Assert.Fail($"{Variable} is not set in CI: .ci/run must start slapd and export it.");
            }

            Assert.Ignore($"LDAP test skipped: set {Variable} (for example ldap://127.0.0.1:53389, with {Variable}_BIND_DN, {Variable}_USER and {Variable}_PASSWORD; .ci/run starts slapd and sets them) to run it.");
        }

        var uri = new Uri(url!);
        return (uri.Host, uri.Port, Get("_BIND_DN"), Get("_USER"), Get("_PASSWORD"));
    }

    private static string Get(string suffix) =>
        Environment.GetEnvironmentVariable(Variable + suffix) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"{Variable} is set but {Variable}{suffix} is not.");
}
