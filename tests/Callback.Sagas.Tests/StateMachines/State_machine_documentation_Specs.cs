using Callback.Sagas.StateMachines;

namespace Callback.Sagas.Tests.StateMachines;

public class State_machine_documentation_Specs
{
    [Fact]
    public void The_diagram_in_docs_state_machine_md_is_the_one_the_code_draws()
    {
        var machine = StandaloneMachine.Create();
        var expected = StateMachineDiagram.Mermaid(machine);

        var doc = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "state-machine.md"));
        var start = doc.IndexOf("```mermaid\n", StringComparison.Ordinal) + "```mermaid\n".Length;
        var end = doc.IndexOf("\n```", start, StringComparison.Ordinal);

        Assert.True(expected == doc[start..end], $"Update the diagram in docs/state-machine.md to:\n{expected}");
    }

    static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Callback.sln")))
            directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("Callback.sln not found above the test's folder.");
    }
}
