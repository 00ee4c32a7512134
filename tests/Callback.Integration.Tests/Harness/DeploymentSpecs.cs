using Xunit.Abstractions;

namespace Callback.Integration.Tests.Harness;

/// <summary>Specs that each deploy the service for themselves: a <see cref="TestDeployment"/> made before the test and removed after it.</summary>
public abstract class DeploymentSpecs(ITestOutputHelper output) :
    IAsyncLifetime
{
    TestDeployment? _deployment;

    protected TestDeployment Deployment => _deployment ?? throw new InvalidOperationException("The deployment is made in InitializeAsync.");

    public async Task InitializeAsync() => _deployment = await TestDeployment.CreateAsync(output);

    public async Task DisposeAsync()
    {
        // Also called when InitializeAsync failed, before there was a deployment.
        if (_deployment is not null)
            await _deployment.DisposeAsync();
    }
}
