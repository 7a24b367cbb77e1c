; Inno Setup 6 script for evdesk: a per-user installer (no administrator rights, nothing outside the
; user's profile), from the PyInstaller onedir build in packaging\dist\evdesk.
;
; Built by build-installer.ps1, which passes the version:
;   iscc /DAppVersion=0.1.0 /DNumericVersion=0.1.0.0 packaging\windows\evdesk.iss
; Output: packaging\dist\evdesk-<version>-windows-setup.exe
;
; Installs to %LOCALAPPDATA%\Programs\evdesk ({autopf} under PrivilegesRequired=lowest). IT can still
; deploy for all users from the command line: evdesk-<version>-windows-setup.exe /ALLUSERS /VERYSILENT

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z evdesk.iss (build-installer.ps1 does)
#endif
#ifndef NumericVersion
  ; VersionInfoVersion must be numbers only; fine when AppVersion is a plain X.Y.Z.
  #define NumericVersion AppVersion
#endif
#ifndef SourceDir
  #define SourceDir "..\dist\evdesk"
#endif
#ifndef IconFile
  #define IconFile "..\build\icons\evdesk.ico"
#endif
#ifndef OutputDir
  #define OutputDir "..\dist"
#endif
#define AppName "evdesk"
#define AppPublisher "evdesk"
#define AppExe "evdesk.exe"

[Setup]
; The AppId identifies the product to Windows across versions (upgrades, uninstall entry): never change it.
AppId={{3E09F978-0DA7-43B7-B8D0-A4C7BCA2F7DE}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
AppCopyright=Copyright (C) {#AppPublisher}
VersionInfoVersion={#NumericVersion}
VersionInfoProductVersion={#NumericVersion}
VersionInfoTextVersion={#AppVersion}
VersionInfoProductTextVersion={#AppVersion}
VersionInfoCompany={#AppPublisher}
VersionInfoProductName={#AppName}
VersionInfoDescription={#AppName} setup
; Per user, without elevation; /ALLUSERS on the command line still allows a machine-wide install.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
UsePreviousAppDir=yes
; 64-bit Python and Qt inside; x64compatible also covers Windows on Arm (x64 emulation).
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Qt 6 runs on Windows 10 1809 and later.
MinVersion=10.0.17763
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
OutputDir={#OutputDir}
OutputBaseFilename=evdesk-{#AppVersion}-windows-setup
; Close a running evdesk before replacing its files (Restart Manager), and reopen it afterwards.
CloseApplications=yes
RestartApplications=no
ShowLanguageDialog=auto
#ifdef UseSignTool
; build-installer.ps1 defines the "evdesksign" tool (iscc /S...) only when signing credentials exist;
; Inno then signs both the setup and the uninstaller it embeds.
SignTool=evdesksign
SignedUninstaller=yes
#endif

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"

[CustomMessages]
en.AppComment=What a Canadian EV sale is worth: rebate, tariff and quota
fr.AppComment=Ce que vaut la vente d'un VE au Canada : remise, droits de douane et contingent

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole runtime folder: a library left over from an older Qt or Python would
; be loaded beside the new ones.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
; evdesk.exe (the window), evdesk-cli.exe (the same program for a console) and _internal\.
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "{cm:AppComment}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "{cm:AppComment}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; Nothing to clean on uninstall beyond what [Files] installed: evdesk writes its settings and data to
; the user's profile (QSettings / QStandardPaths), never into {app}, and keeps them for a reinstall.
