<#
.SYNOPSIS
  Build evdesk's Windows installer from the PyInstaller onedir build (run packaging\build.py first).

.DESCRIPTION
  1. signs every unsigned binary of the bundle (only when signing credentials are present),
  2. runs Inno Setup's iscc on packaging\windows\evdesk.iss with the version,
  3. Inno signs the setup and its uninstaller through the same signing command (again only with credentials).
  Output: packaging\dist\evdesk-<version>-windows-setup.exe

  Signing (Authenticode). Since June 2023 code-signing keys must live in hardware, so there is no .pfx
  in a secret; two ways are supported, chosen by environment variables:
    - Azure Artifact Signing (the workflow's choice): ARTIFACT_SIGNING_ENDPOINT,
      ARTIFACT_SIGNING_ACCOUNT, ARTIFACT_SIGNING_PROFILE; authentication through DefaultAzureCredential
      (azure/login in CI, or AZURE_CLIENT_ID/AZURE_TENANT_ID/AZURE_CLIENT_SECRET). The signtool plugin
      comes from ARTIFACT_SIGNING_DLIB, or is fetched from NuGet (Microsoft.ArtifactSigning.Client).
    - A certificate already in the Windows certificate store, e.g. a cloud HSM's key storage provider
      (DigiCert KeyLocker, SSL.com eSigner): WINDOWS_SIGN_CERT_SHA1 = its thumbprint.
  With neither, it says "signing skipped" and builds an unsigned installer. (ARTIFACT_SIGNING_DLIB and
  AZURE_CLIENT_SECRET are for local runs; the release workflow logs in with OIDC and fetches the plugin.)

  What is signed: every .exe, .dll and .pyd in the bundle that carries no signature yet (evdesk.exe,
  evdesk-cli.exe, and the extensions wheels ship unsigned, such as pydantic_core's); files their
  publishers signed (Python, Qt) keep those signatures. Then the setup and its uninstaller.

.EXAMPLE
  pwsh packaging\windows\build-installer.ps1 -Version 0.1.0
#>
[CmdletBinding()]
param(
    [string]$Version = "",
    [string]$SourceDir = "",
    [string]$OutputDir = "",
    [string]$TimestampUrl = ""
)

$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest

$Windows = $PSScriptRoot
$Packaging = Split-Path -Parent $Windows
$Repo = Split-Path -Parent $Packaging
if (-not $SourceDir) { $SourceDir = Join-Path $Packaging "dist\evdesk" }
if (-not $OutputDir) { $OutputDir = Join-Path $Packaging "dist" }
$IconFile = Join-Path $Packaging "build\icons\evdesk.ico"

# --- Version: the one in evdesk/__init__.py unless given (a tag v0.1.0 passes 0.1.0) ----------------
if (-not $Version) {
    $init = Get-Content (Join-Path $Repo "evdesk\__init__.py") -Raw
    if ($init -notmatch '__version__\s*=\s*"([^"]+)"') { throw "no __version__ in evdesk\__init__.py" }
    $Version = $Matches[1]
}
$Version = $Version -replace '^v', ''
# Windows version resources take up to four numbers: 0.1.0rc1 -> 0.1.0.0
if ($Version -notmatch '^(\d+)(\.(\d+))?(\.(\d+))?') { throw "version '$Version' does not start with a number" }
$parts = @($Matches[1], "0", "0", "0")
if ($Matches.ContainsKey(3)) { $parts[1] = $Matches[3] }
if ($Matches.ContainsKey(5)) { $parts[2] = $Matches[5] }
$NumericVersion = $parts -join "."
Write-Host "evdesk $Version (file version $NumericVersion)"

foreach ($required in @((Join-Path $SourceDir "evdesk.exe"), (Join-Path $SourceDir "evdesk-cli.exe"), $IconFile)) {
    if (-not (Test-Path $required)) { throw "$required is missing: run 'python packaging\build.py' first" }
}

# --- Tools ----------------------------------------------------------------------------------------
function Find-Iscc {
    $onPath = Get-Command iscc.exe -ErrorAction SilentlyContinue
    if ($onPath) { return $onPath.Source }
    $candidates = @(
        "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe",
        "$env:ProgramFiles\Inno Setup 6\ISCC.exe",
        "$env:LOCALAPPDATA\Programs\Inno Setup 6\ISCC.exe"
    )
    foreach ($candidate in $candidates) { if ($candidate -and (Test-Path $candidate)) { return $candidate } }
    throw "Inno Setup 6 (iscc.exe) not found: 'choco install innosetup' or 'winget install JRSoftware.InnoSetup'"
}

function Find-SignTool {
    $onPath = Get-Command signtool.exe -ErrorAction SilentlyContinue
    if ($onPath) { return $onPath.Source }
    $kits = "${env:ProgramFiles(x86)}\Windows Kits\10\bin"
    $found = Get-ChildItem -Path $kits -Recurse -Filter signtool.exe -ErrorAction SilentlyContinue |
        Where-Object { $_.FullName -match '\\x64\\' } | Sort-Object FullName -Descending | Select-Object -First 1
    if (-not $found) { throw "signtool.exe not found (Windows SDK)" }
    return $found.FullName
}

function Find-ArtifactSigningDlib {
    if ($env:ARTIFACT_SIGNING_DLIB) { return $env:ARTIFACT_SIGNING_DLIB }
    $clientDir = Join-Path $Packaging "build\signing"
    $dll = Get-ChildItem -Path $clientDir -Recurse -Filter Azure.CodeSigning.Dlib.dll -ErrorAction SilentlyContinue |
        Where-Object { $_.FullName -match '\\x64\\' } | Select-Object -First 1
    if (-not $dll) {
        Write-Host "fetching the Artifact Signing signtool plugin from NuGet"
        nuget install Microsoft.ArtifactSigning.Client -OutputDirectory $clientDir -NonInteractive | Out-Host
        $dll = Get-ChildItem -Path $clientDir -Recurse -Filter Azure.CodeSigning.Dlib.dll |
            Where-Object { $_.FullName -match '\\x64\\' } | Select-Object -First 1
    }
    if (-not $dll) { throw "Azure.CodeSigning.Dlib.dll not found after installing Microsoft.ArtifactSigning.Client" }
    return $dll.FullName
}

# --- Signing: the signtool arguments, or $null when there are no credentials ------------------------
$SignArgs = $null
if ($env:ARTIFACT_SIGNING_ENDPOINT -and $env:ARTIFACT_SIGNING_ACCOUNT -and $env:ARTIFACT_SIGNING_PROFILE) {
    if (-not $TimestampUrl) { $TimestampUrl = "http://timestamp.acs.microsoft.com" }
    $metadata = Join-Path $Packaging "build\signing\metadata.json"
    New-Item -ItemType Directory -Force -Path (Split-Path $metadata) | Out-Null
    @{
        Endpoint = $env:ARTIFACT_SIGNING_ENDPOINT
        CodeSigningAccountName = $env:ARTIFACT_SIGNING_ACCOUNT
        CertificateProfileName = $env:ARTIFACT_SIGNING_PROFILE
    } | ConvertTo-Json | Set-Content -Path $metadata -Encoding utf8
    $dlib = Find-ArtifactSigningDlib
    $SignArgs = @("sign", "/v", "/fd", "SHA256", "/tr", $TimestampUrl, "/td", "SHA256", "/dlib", $dlib, "/dmdf", $metadata)
    Write-Host "signing with Azure Artifact Signing (account $env:ARTIFACT_SIGNING_ACCOUNT)"
} elseif ($env:WINDOWS_SIGN_CERT_SHA1) {
    if (-not $TimestampUrl) { $TimestampUrl = "http://timestamp.digicert.com" }
    $SignArgs = @("sign", "/v", "/sha1", $env:WINDOWS_SIGN_CERT_SHA1, "/fd", "SHA256", "/tr", $TimestampUrl, "/td", "SHA256")
    Write-Host "signing with the certificate $env:WINDOWS_SIGN_CERT_SHA1 from the certificate store"
} else {
    Write-Host "signing skipped: no ARTIFACT_SIGNING_* or WINDOWS_SIGN_CERT_SHA1 credentials (the installer is unsigned;"
    Write-Host "SmartScreen will warn users)"
}

# --- What to sign: every binary we ship that nobody signed ---------------------------------------
# Our two executables, and every .dll/.pyd whose publisher did not sign it: Python's and Qt's DLLs keep
# their own signatures, but many wheels ship unsigned extensions (pydantic_core, cryptography's Rust
# module, psycopg's libpq, SQLAlchemy's compiled parts); an unsigned DLL in a signed install is what
# SmartScreen and application-control policies (WDAC, AppLocker) flag.
function Get-UnsignedBinaries([string]$Dir) {
    Get-ChildItem -Path $Dir -Recurse -File -Include *.exe, *.dll, *.pyd |
        Where-Object { (Get-AuthenticodeSignature -FilePath $_.FullName).Status -eq "NotSigned" } |
        ForEach-Object { $_.FullName }
}

$SignTool = $null
if ($SignArgs) {
    $SignTool = Find-SignTool
    $unsigned = @(Get-UnsignedBinaries $SourceDir)
    Write-Host "signing $($unsigned.Count) unsigned binaries (evdesk.exe, evdesk-cli.exe and the extensions)"
    # signtool takes many files at once; batches keep the command line short.
    for ($i = 0; $i -lt $unsigned.Count; $i += 50) {
        $batch = $unsigned[$i..([math]::Min($i + 49, $unsigned.Count - 1))]
        & $SignTool @SignArgs @batch
        if ($LASTEXITCODE -ne 0) { throw "signing failed ($LASTEXITCODE)" }
    }
    $left = @(Get-UnsignedBinaries $SourceDir)
    if ($left.Count -gt 0) { throw "still unsigned after signing: $($left -join ', ')" }
}

# --- Inno Setup ------------------------------------------------------------------------------------
$Iscc = Find-Iscc
$IsccArgs = @(
    "/Qp",
    "/DAppVersion=$Version",
    "/DNumericVersion=$NumericVersion",
    "/DSourceDir=$SourceDir",
    "/DIconFile=$IconFile",
    "/DOutputDir=$OutputDir"
)
if ($SignTool) {
    # iscc's /S defines a named sign tool. Inside it $q stands for a quote and $f for the (quoted) file
    # Inno hands over: real quotes would not survive the trip through PowerShell and Delphi's ParamStr.
    $command = (@($SignTool) + $SignArgs | ForEach-Object { if ($_ -match '\s') { '$q' + $_ + '$q' } else { $_ } }) -join " "
    $IsccArgs += "/Sevdesksign=$command `$f"
    $IsccArgs += "/DUseSignTool"
}
$IsccArgs += (Join-Path $Windows "evdesk.iss")
& $Iscc @IsccArgs
if ($LASTEXITCODE -ne 0) { throw "iscc failed ($LASTEXITCODE)" }

$Setup = Join-Path $OutputDir "evdesk-$Version-windows-setup.exe"
if (-not (Test-Path $Setup)) { throw "iscc finished but $Setup is missing" }
if ($SignTool) {
    & $SignTool verify /pa /v $Setup
    if ($LASTEXITCODE -ne 0) { throw "the installer's signature does not verify" }
}
$sizeMb = [math]::Round((Get-Item $Setup).Length / 1MB, 1)
Write-Host "installer: $Setup ($sizeMb MB)"
